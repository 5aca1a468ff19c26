/** What an envelope's payload says it is, at a glance: for transports that check a payload against its envelope before the pipeline reads it. */
import { type Berichttype, infoVoorNamespace } from '../../standaard/berichten/catalogus';

/**
 * The message type a payload announces by a namespace declaration near its start (the pipeline reads
 * it properly; this only tells a StUF functie or a VSP berichtstroom that does not match its payload).
 */
export function typeVanInhoud(inhoud: Buffer): Berichttype | undefined {
  const kop = inhoud.subarray(0, 4096).toString('latin1');
  for (const m of kop.matchAll(/xmlns(?::[\w.-]+)?\s*=\s*["']([^"']+)["']/g)) {
    const info = infoVoorNamespace(m[1]!);
    if (info) return info.type;
  }
  return undefined;
}
