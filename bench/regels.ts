/**
 * `npm run bench` (rules part): judging a WMO323 against a history of as many toewijzingen as it has
 * prestaties, for growing sizes. Cost per prestatie must stay flat (every cross-message check is a
 * lookup).
 */
import { testBsn } from '../simulator/standaard/berichten/bsn';
import { Bronnen } from '../simulator/standaard/bronnen/bronnen';
import { beoordeel } from '../simulator/standaard/regels/beoordeling';
import { Uitwisseling } from '../simulator/partij/uitwisseling';
import { declaratie, PER_CLIENT, toewijzingen } from './berichten';

function geschiedenis(n: number): Uitwisseling {
  const u = new Uitwisseling(new Bronnen({ systeemdatum: '2026-06-30' }));
  for (let c = 0; c < n / PER_CLIENT; c++) u.ontvang({ type: 'WMO301', nummer: '301', bericht: toewijzingen(c * PER_CLIENT, (c + 1) * PER_CLIENT, testBsn(c)) });
  return u;
}

export function benchRegels(): string[] {
  const regels = ['Regels: een WMO323 beoordelen tegen evenveel toewijzingen (mediaan van 3):'];
  let vorige: number | undefined;
  for (const n of [1_000, 5_000, 10_000, 20_000]) {
    const u = geschiedenis(n);
    const b = { type: 'WMO323', nummer: '323', bericht: declaratie(n) } as const;
    const tijden: number[] = [];
    let uitkomst = '';
    for (let i = 0; i < 3; i++) {
      const t = process.hrtime.bigint();
      const r = beoordeel(b, u.toestand, u.bronnen);
      tijden.push(Number(process.hrtime.bigint() - t) / 1e6);
      uitkomst = `${r.uitkomst}${r.bevindingen.length ? ` (${r.bevindingen.length} bevindingen, o.a. ${r.bevindingen[0]!.regel})` : ''}`;
    }
    const t = tijden.sort((a, c) => a - c)[1]!;
    const perStuk = (t * 1000) / n;
    regels.push(
      `  ${String(n).padStart(6)} prestaties / ${String(n).padStart(6)} toewijzingen: ${t.toFixed(0).padStart(6)} ms, ${perStuk.toFixed(1)} µs per prestatie` +
        `${vorige ? `, ×${(perStuk / vorige).toFixed(2)} t.o.v. vorige` : ''}; ${uitkomst}`,
    );
    vorige = perStuk;
  }
  return regels;
}
