/** Outbound HTTP: POSTs a message to `<sut-url>/berichten`; anything but 2xx is a failed attempt (retried by the session). */
import type { Aflevering, Bestemming, UitgaandBericht, Verzender } from '../contract';

export function httpVerzender(timeoutMs = 10_000): Verzender {
  return {
    bedient: (b: Bestemming) => !!b.sutUrl && (!b.transport || b.transport === 'http'),
    verstuur: async (bericht: UitgaandBericht, b: Bestemming): Promise<Aflevering> => {
      const url = `${(b.sutUrl ?? '').replace(/\/+$/, '')}/berichten`;
      let antwoord: Response;
      try {
        antwoord = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/xml; charset=utf-8', 'x-ketentest-bericht': bericht.id },
          body: bericht.xml,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        const oorzaak = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
        return { uitslag: 'mislukt', fout: `${url} niet bereikbaar (${oorzaak})` };
      }
      // Drain the body so the connection can be reused.
      const tekst = await antwoord.text().catch(() => '');
      if (!antwoord.ok) return { uitslag: 'mislukt', fout: `${url} antwoordde ${antwoord.status}${tekst ? `: ${tekst.slice(0, 200)}` : ''}` };
      return { uitslag: 'afgeleverd' };
    },
  };
}
