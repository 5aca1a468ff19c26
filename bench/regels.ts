/**
 * `npm run bench` (rules part): judging a WMO323 against a history of as many toewijzingen as it has
 * prestaties, for growing sizes. Cost per prestatie must stay flat (every cross-message check is a
 * lookup).
 */
import { toewijzingBericht, declaratieBericht, STANDAARD_CLIENT } from '../simulator/berichten/bouwers';
import { Bronnen } from '../simulator/bronnen/bronnen';
import { testBsn } from '../simulator/berichten/bsn';
import { beoordeel } from '../simulator/regels/beoordeling';
import { Uitwisseling } from '../simulator/regels/uitwisseling';

const PER_CLIENT = 10;

function geschiedenis(n: number): Uitwisseling {
  const u = new Uitwisseling(new Bronnen({ systeemdatum: '2026-06-30' }));
  for (let c = 0; c < n / PER_CLIENT; c++) {
    const bsn = testBsn(c);
    const producten = Array.from({ length: PER_CLIENT }, (_, i) => ({
      ToewijzingNummer: 100_000 + c * PER_CLIENT + i,
      Product: { Categorie: '02', Code: `02A${String(i).padStart(2, '0')}` },
      Toewijzingsdatum: '2026-01-01',
      Toewijzingstijd: '09:00:00',
      Ingangsdatum: '2026-01-01',
      Einddatum: '2026-12-31',
      Omvang: { Volume: 40, Eenheid: '04', Frequentie: '4' },
    }));
    const b = toewijzingBericht({ client: { ...STANDAARD_CLIENT, Bsn: bsn }, producten, identificatie: `T${c}`, dagtekening: '2026-01-01' });
    u.ontvang('WMO301', b);
  }
  return u;
}

function declaratie(n: number) {
  const clienten = Array.from({ length: n / PER_CLIENT }, (_, c) => ({
    bsn: testBsn(c),
    prestaties: Array.from({ length: PER_CLIENT }, (_, i) => ({
      ProductReferentie: { ReferentieNummer: `P${c * PER_CLIENT + i}` },
      ToewijzingNummer: 100_000 + c * PER_CLIENT + i,
      ProductCategorie: '02',
      ProductCode: `02A${String(i).padStart(2, '0')}`,
      ProductPeriode: { Begindatum: '2026-05-01', Einddatum: '2026-05-31' },
      GeleverdVolume: 8,
      Eenheid: '04',
      ProductTarief: 5000,
      IngediendBedrag: { Bedrag: 40000, DebetCredit: 'D' },
    })),
  }));
  return declaratieBericht({ declaratieNummer: 'BENCH1', periode: { Begindatum: '2026-05-01', Einddatum: '2026-05-31' }, clienten, identificatie: 'DBENCH', dagtekening: '2026-06-10' });
}

export function benchRegels(): string[] {
  const regels = ['Regels: een WMO323 beoordelen tegen evenveel toewijzingen (mediaan van 3):'];
  let vorige: number | undefined;
  for (const n of [1_000, 5_000, 10_000, 20_000]) {
    const u = geschiedenis(n);
    const b = declaratie(n);
    const tijden: number[] = [];
    let uitkomst = '';
    for (let i = 0; i < 3; i++) {
      const t = process.hrtime.bigint();
      const r = beoordeel('WMO323', b, u.toestand, u.bronnen);
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
