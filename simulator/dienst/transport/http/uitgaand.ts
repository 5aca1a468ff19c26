/** Outbound HTTP: POSTs a message to `<sut-url>/berichten`; anything but 2xx is a failed attempt (retried by the session). */
import type { BerichtRij } from '../../opslag/sqlite';
import type { SessieConfig } from '../../sessie';

export function httpVerzender(timeoutMs = 10_000) {
  return async (rij: BerichtRij, config: SessieConfig): Promise<void> => {
    if (!config.sutUrl) return;
    const url = `${config.sutUrl.replace(/\/+$/, '')}/berichten`;
    let antwoord: Response;
    try {
      antwoord = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/xml; charset=utf-8', 'x-ketentest-bericht': rij.id },
        body: rij.xml,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      const oorzaak = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
      throw new Error(`${url} niet bereikbaar (${oorzaak})`);
    }
    // Drain the body so the connection can be reused.
    const tekst = await antwoord.text().catch(() => '');
    if (!antwoord.ok) throw new Error(`${url} antwoordde ${antwoord.status}${tekst ? `: ${tekst.slice(0, 200)}` : ''}`);
  };
}
