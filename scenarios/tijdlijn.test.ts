/**
 * The dates of the cases in a run against a system with its own clock: on every day of the year
 * each case gets a move under which the reference gives the case's verdicts, and the moves keep
 * what the rules look at (month ends, one declaratieperiode per run, historical facts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Bericht } from '../simulator/standaard/berichten/catalogus';
import { laatsteDag, maandVan, plusMaanden, plusMaandenMaand } from '../simulator/standaard/berichten/datum';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import { ingebouwdeScenarios, scenarioVan } from '../steps/features';
import { zetOm, zetOmInTekst, zetOmInXml, zetStappenOm } from './omzetting';
import { afbeelding, declaratiemaanden, houdtStand, kiesAfbeelding } from './tijdlijn';

/** The days the issue names, and the first, second and last day of every month of two years (one a leap year). */
function kalender(): string[] {
  const dagen = new Set(['2026-12-01', '2026-12-02', '2026-12-31', '2027-01-01', '2027-02-28', '2028-02-28', '2028-02-29', '2028-03-01']);
  for (let m = 0; m < 24; m++) {
    const maand = plusMaandenMaand('2027-01', m);
    dagen.add(`${maand}-01`).add(`${maand}-02`).add(laatsteDag(maand));
  }
  return [...dagen].sort();
}

describe('datums verschuiven', () => {
  it('houdt het einde van een maand het einde, en een dag die de maand mist wordt de laatste', () => {
    assert.equal(plusMaanden('2023-06-30', 6), '2023-12-31');
    assert.equal(plusMaanden('2026-01-31', 1), '2026-02-28');
    assert.equal(plusMaanden('2026-01-29', 1), '2026-02-28');
    assert.equal(plusMaanden('2027-02-28', 12), '2028-02-29');
    assert.equal(plusMaanden('2026-03-15', -3), '2025-12-15');
  });

  it('legt een Dagtekening nooit na vandaag', () => {
    const a = afbeelding('maanden', 10, '2026-12-02');
    assert.equal(a.datum('2026-02-05'), '2026-12-05');
    assert.equal(a.dagtekening('2026-02-05'), '2026-12-02');
    assert.equal(a.dagtekening('2026-01-05'), '2026-11-05');
  });

  it('verschuift datums in zinnen, in waarden en in XML, en laat een onbestaande datum staan', () => {
    const a = afbeelding('maanden', 10, '2026-12-02');
    assert.equal(
      zetOmInTekst('de aanbieder start op 05-01-2026 en declareert januari 2026, Einddatum 2026-03-31, niet 30-02-2026', a),
      'de aanbieder start op 05-11-2026 en declareert november 2026, Einddatum 2027-01-31, niet 30-02-2026',
    );
    assert.deepEqual(zetOm({ maand: '2026-01', dagtekening: '2026-02-05', toewijzingen: [{ ingangsdatum: '2026-01-01' }] }, a), {
      maand: '2026-11',
      dagtekening: '2026-12-02',
      toewijzingen: [{ ingangsdatum: '2026-11-01' }],
    });
    assert.equal(
      zetOmInXml('<a:Dagtekening>2026-02-05</a:Dagtekening><a:Begindatum>2026-01-05</a:Begindatum><Datum>2026-02-30</Datum>', a),
      '<a:Dagtekening>2026-12-02</a:Dagtekening><a:Begindatum>2026-11-05</a:Begindatum><Datum>2026-02-30</Datum>',
    );
  });

  it('kiest voor een verzoek om wijziging een verschuiving waaronder TR357 niet afkeurt, waar de eenvoudige verschuiving dat wel doet', () => {
    const v = { plan: scenarioVan('vow-direct-toewijzen', 'jw', 'aanbieder')!, vandaag: '2026-12-02' };
    // The last step in this month, on or before today: the verzoek's GewensteIngangsdatum then lies before today.
    assert.match(houdtStand(v, afbeelding('maanden', 8, v.vandaag)).join('\n'), /9357/);
    const gekozen = kiesAfbeelding(v);
    assert.deepEqual(houdtStand(v, gekozen), []);
    const stappen = zetStappenOm(v.plan.stappen, gekozen);
    const vow = stappen.find((s) => s.actie?.actie === 'verzoek-om-wijziging')!.actie;
    assert.ok(vow?.actie === 'verzoek-om-wijziging' && vow.teWijzigen![0]!.ingangsdatum > v.vandaag, 'de gewenste ingangsdatum ligt na vandaag');
  });

  it("legt elke declaratie van een casus in de maand vóór vandaag (TR318 tussen scenario's en runs)", () => {
    for (const vandaag of ['2026-12-01', '2026-12-02', '2027-01-01', '2028-02-29']) {
      const vorige = plusMaandenMaand(maandVan(vandaag), -1);
      for (const { plan } of ingebouwdeScenarios()) {
        if (!declaratiemaanden(plan.stappen, plan.domein).length) continue;
        const verschoven = zetStappenOm(plan.stappen, kiesAfbeelding({ plan, vandaag }));
        assert.deepEqual([...new Set(declaratiemaanden(verschoven, plan.domein))], [vorige], `${plan.naam} ${plan.domein} op ${vandaag}`);
        for (const s of verschoven) assert.ok(s.datum <= vandaag, `${plan.naam}: onze Dagtekening ${s.datum} ligt na ${vandaag}`);
      }
    }
  });

  it('houdt de datums van een casus die aan een historisch feit vastzit (Weesp, 24-03-2022)', () => {
    const plan = scenarioVan('oude-gemeentecode', 'wmo', 'aanbieder')!;
    const a = kiesAfbeelding({ plan, vandaag: '2026-12-02' });
    assert.equal(a.soort, 'vast');
    assert.equal(a.datum('2022-01-01'), '2022-01-01');
    // Moved like any other case, the toewijzing would start after the herindeling: S300.
    assert.match(houdtStand({ plan, vandaag: '2026-12-02' }, afbeelding('maanden', 48, '2026-12-02')).join(), /S300/);
  });

  it('vindt op elke dag van de kalender voor elke casus, rol en domein datums die standhouden', () => {
    const mislukt: string[] = [];
    for (const vandaag of kalender()) {
      // Koppelvlak scenarios are not played in one process (they need their transport).
      for (const { plan } of ingebouwdeScenarios().filter((s) => !s.pickel.tags.some((t) => t.startsWith('@transport-')))) {
        try {
          const stappen = zetStappenOm(plan.stappen, kiesAfbeelding({ plan, vandaag }));
          if (stappen.some((s) => s.datum > vandaag)) mislukt.push(`${vandaag} ${plan.naam}: een Dagtekening na vandaag`);
        } catch (e) {
          mislukt.push((e as Error).message);
        }
      }
    }
    assert.deepEqual(mislukt, []);
  });

  it('leest de declaratieperiode ook uit een bericht dat als zodanig wordt verstuurd', () => {
    const stappen = scenarioVan('producten-zelfde-periode-zelfde-product', 'wmo', 'gemeente')!.stappen;
    assert.deepEqual([...new Set(declaratiemaanden(stappen, 'wmo'))], ['2026-01']);
    const a = afbeelding('maanden', 10, '2026-12-02');
    const laatste = zetStappenOm(stappen, a).at(-1)!;
    const b = laatste.bericht!(new Sjablonen('wmo')) as { bericht: Bericht<'323'> };
    assert.equal(b.bericht.Declaratie.DeclaratiePeriode.Begindatum, '2026-11-01');
    // Sent on 01-02-2026 in the scenario (after January), on 01-12-2026 in this run.
    assert.equal(b.bericht.Header.BerichtIdentificatie.Dagtekening, '2026-12-01');
  });
});
