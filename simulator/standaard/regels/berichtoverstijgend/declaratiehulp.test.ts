/**
 * The calendar arithmetic of the volume rules against the worked figures of IV077, and the cost of
 * the declaratie rules: checking a 323 grows linearly with its size, whatever the history.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { declaratieAntwoordBericht, declaratieBericht, toewijzingBericht, STANDAARD_CLIENT } from '../../berichten/bouwers';
import { testBsn } from '../../berichten/bsn';
import type { Bericht } from '../../berichten/catalogus';
import { Bronnen } from '../../bronnen/bronnen';
import { Toestand } from '../../toestand/toestand';
import { ALLE_REGELS } from '../catalogus';
import type { RegelContext } from '../regel';
import { kalenderweken, maanden, zondagen } from '../../berichten/datum';
import { maximumInLooptijd, maximumInPeriode } from './declaratiehulp';

describe('declaratiehulp: kalender', () => {
  it('telt kalenderweken zoals IV077 (inspanningsgericht, 3 uur per week van 7-10-2025 t/m 30-12-2025)', () => {
    assert.equal(kalenderweken('2025-10-07', '2025-10-31'), 4);
    assert.equal(kalenderweken('2025-11-01', '2025-11-30'), 5);
    assert.equal(kalenderweken('2025-12-01', '2025-12-30'), 5);
    assert.equal(kalenderweken('2025-10-07', '2025-12-30'), 13);
    assert.equal(kalenderweken('2020-12-28', '2021-01-10'), 2, 'over een jaar met 53 weken heen');
  });

  it('telt zondagen zoals IV077 (outputgericht, 300 euro per week)', () => {
    assert.equal(zondagen('2025-11-01', '2025-11-30'), 5);
    assert.equal(zondagen('2025-12-01', '2025-12-31'), 4);
    assert.equal(zondagen('2025-07-07', '2025-07-31'), 3);
    assert.equal(zondagen('2025-09-01', '2025-09-06'), 0);
    assert.equal(maanden('2025-10-14', '2025-12-13'), 3);
  });

  it('rekent het maximum uit zoals IV076/IV077', () => {
    const v = (ingang: string, eind: string, eenheid = '04', volume = 3, categorie = '45') =>
      ({ ToewijzingNummer: 1, Ingangsdatum: ingang, Einddatum: eind, Omvang: { Volume: volume, Eenheid: eenheid, Frequentie: '2' }, Product: { Categorie: categorie } }) as never;
    assert.equal(maximumInLooptijd(v('2025-10-07', '2025-12-30')), 39);
    // Outputgericht, ending on Saturday 6 September: the broken last week goes with August.
    const output = v('2025-07-07', '2025-09-06', '83', 30000);
    assert.equal(maximumInPeriode('jw', output, { Begindatum: '2025-07-07', Einddatum: '2025-07-31' }), 90000);
    assert.equal(maximumInPeriode('jw', output, { Begindatum: '2025-08-01', Einddatum: '2025-08-31' }), 180000);
    assert.equal(maximumInPeriode('jw', output, { Begindatum: '2025-09-01', Einddatum: '2025-09-06' }), 0);
    // Wmo huishoudelijke hulp: always 6 weeks; Jw knows no such exception.
    assert.equal(maximumInPeriode('wmo', v('2025-10-07', '2025-12-30', '04', 3, '01'), { Begindatum: '2025-10-07', Einddatum: '2025-10-31' }), 18);
    assert.equal(maximumInPeriode('jw', v('2025-10-07', '2025-12-30', '04', 3, '01'), { Begindatum: '2025-10-07', Einddatum: '2025-10-31' }), 12);
  });
});

const PARTIJEN = { domein: 'jw' as const, gemeente: '0384', aanbieder: '12345678' };

/** n clients with one toewijzing each, n approved prestaties in April, and a 323 with n prestaties in May. */
function opzet(n: number): { toestand: Toestand; bericht: Bericht<'323'> } {
  const toestand = new Toestand();
  const clienten = Array.from({ length: n }, (_, i) => testBsn(i, 100_000_000));
  clienten.forEach((b, i) =>
    toestand.verwerk({
      nummer: '301',
      bericht: toewijzingBericht({
        partijen: PARTIJEN,
        dagtekening: '2026-01-01',
        identificatie: `T${i}`,
        client: { ...STANDAARD_CLIENT, Bsn: b },
        producten: [
          {
            ToewijzingNummer: i + 1,
            Product: { Categorie: '45', Code: '45A04' },
            Toewijzingsdatum: '2026-01-01',
            Toewijzingstijd: '09:00:00',
            Ingangsdatum: '2026-01-01',
            Einddatum: '2026-12-31',
            Omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' },
          },
        ],
      }),
    }),
  );
  const declaratie = (nummer: string, maand: string, prefix: string) =>
    declaratieBericht({
      partijen: PARTIJEN,
      dagtekening: '2026-06-30',
      identificatie: nummer,
      declaratieNummer: nummer,
      periode: { Begindatum: `${maand}-01`, Einddatum: `${maand}-${maand.endsWith('04') ? '30' : '31'}` },
      clienten: clienten.map((b, i) => ({
        bsn: b,
        prestaties: [
          {
            ProductReferentie: { ReferentieNummer: `${prefix}${i}` },
            ToewijzingNummer: i + 1,
            ProductCategorie: '45',
            ProductCode: '45A04',
            ProductPeriode: { Begindatum: `${maand}-01`, Einddatum: `${maand}-${maand.endsWith('04') ? '30' : '31'}` },
            GeleverdVolume: 10,
            Eenheid: '04',
            ProductTarief: 5000,
            IngediendBedrag: { Bedrag: 50000, DebetCredit: 'D' },
          },
        ],
      })),
    });
  const april = declaratie('DA', '2026-04', 'A');
  toestand.verwerk({ nummer: '323', bericht: april });
  toestand.verwerk({
    nummer: '325',
    bericht: declaratieAntwoordBericht(april, { headerCodes: ['0200'], declaratieCodes: ['8001'], toegekend: april.Declaratie.TotaalIngediendBedrag }),
  });
  return { toestand, bericht: declaratie('DM', '2026-05', 'M') };
}

describe('declaratieregels: kosten groeien lineair met de declaratie', () => {
  const mijn = new Set([
    'TR304',
    'TR307',
    'TR308',
    'TR314',
    'TR318',
    'TR319',
    'TR321',
    'TR322',
    'TR323',
    'TR333',
    'TR338',
    'TR339',
    'TR340',
    'TR341',
    'TR346',
    'TR369',
    'TR384',
    'TR387',
    'TR388',
    'TR389',
    'TR390',
    'TR418',
  ]);
  const regels = ALLE_REGELS.filter((r) => mijn.has(r.code));

  function meet(n: number): number {
    const { toestand, bericht } = opzet(n);
    const ctx: RegelContext = { domein: 'jw', nummer: '323', type: 'JW323', bericht, toestand, bronnen: new Bronnen({ systeemdatum: '2026-06-30' }), systeemdatum: '2026-06-30' };
    const start = process.hrtime.bigint();
    for (const r of regels) assert.deepEqual(r.controleer(ctx), [], r.code);
    return Number(process.hrtime.bigint() - start) / 1e6;
  }

  it('10.000 prestaties op 10.000 toewijzingen, met 10.000 eerdere prestaties', (t) => {
    assert.equal(regels.length, mijn.size);
    meet(500); // warm up
    const klein = meet(1_000);
    const groot = meet(10_000);
    t.diagnostic(`1.000 prestaties: ${klein.toFixed(1)} ms, 10.000: ${groot.toFixed(1)} ms`);
    assert.ok(groot < 2_000, `10.000 prestaties kostten ${groot.toFixed(0)} ms`);
    // Quadratic would be about 100 times as slow; allow for noise well below that.
    assert.ok(groot < 30 * Math.max(klein, 5), `1.000: ${klein.toFixed(1)} ms, 10.000: ${groot.toFixed(1)} ms`);
  });
});
