/**
 * The large messages of the benchmarks: n toewijzingen, ten per client, and a WMO323 with one
 * prestatie in May 2026 for each of them. The rules benchmark judges the declaratie against these
 * toewijzingen; the validation benchmark validates both.
 */
import { declaratieBericht, STANDAARD_CLIENT, toewijzingBericht } from '../simulator/standaard/berichten/bouwers';
import type { Bericht } from '../simulator/standaard/berichten/catalogus';
import { testBsn } from '../simulator/standaard/berichten/bsn';

export const PER_CLIENT = 10;
const MEI = { Begindatum: '2026-05-01', Einddatum: '2026-05-31' };

/** Toewijzing i (ToewijzingNummer 100000 + i): 40 hours a month in 2026 of one of ten Wmo products. */
function toegewezenProduct(i: number) {
  return {
    ToewijzingNummer: 100_000 + i,
    Product: { Categorie: '02', Code: `02A${String(i % PER_CLIENT).padStart(2, '0')}` },
    Toewijzingsdatum: '2026-01-01',
    Toewijzingstijd: '09:00:00',
    Ingangsdatum: '2026-01-01',
    Einddatum: '2026-12-31',
    Omvang: { Volume: 40, Eenheid: '04', Frequentie: '4' },
  };
}

/** A WMO301 with toewijzingen `van` up to `tot` for one client (the declaratie's client of toewijzing i is testBsn(i / 10)). */
export function toewijzingen(van: number, tot: number, bsn = STANDAARD_CLIENT.Bsn): Bericht<'301'> {
  const producten = Array.from({ length: tot - van }, (_, i) => toegewezenProduct(van + i));
  return toewijzingBericht({ client: { ...STANDAARD_CLIENT, Bsn: bsn }, producten, identificatie: `T${van}`, dagtekening: '2026-01-01' });
}

/** A WMO323 over May 2026 with a prestatie of 8 hours at 50 euro on each of toewijzingen 0 up to n. */
export function declaratie(n: number): Bericht<'323'> {
  const clienten = Array.from({ length: Math.ceil(n / PER_CLIENT) }, (_, c) => ({
    bsn: testBsn(c),
    prestaties: Array.from({ length: Math.min(PER_CLIENT, n - c * PER_CLIENT) }, (_, k) => {
      const i = c * PER_CLIENT + k;
      const p = toegewezenProduct(i);
      return {
        ProductReferentie: { ReferentieNummer: `P${i}` },
        ToewijzingNummer: p.ToewijzingNummer,
        ProductCategorie: p.Product.Categorie,
        ProductCode: p.Product.Code,
        ProductPeriode: MEI,
        GeleverdVolume: 8,
        Eenheid: '04',
        ProductTarief: 5000,
        IngediendBedrag: { Bedrag: 40000, DebetCredit: 'D' },
      };
    }),
  }));
  return declaratieBericht({ declaratieNummer: 'BENCH1', periode: MEI, clienten, identificatie: 'DBENCH', dagtekening: '2026-06-10' });
}
