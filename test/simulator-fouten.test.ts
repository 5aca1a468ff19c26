/**
 * Every fault of the simulator changes its behaviour observably: a case that the correct reference
 * passes fails when the party under test has the fault, and the failure is about the fault's rule:
 * the first step that fails, the check that fails there (retour, inhoud, geweigerd, ...), and what
 * its message says.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FOUTEN } from '../simulator/partij/fouten';
import { CASUISTIEK } from '../scenarios/casuistiek';
import type { Controle } from '../scenarios/speler';
import { ingebouwdeScenarios, scenarioVan } from '../steps/features';
import { type Koppeling, speelTweeSimulatoren } from './tweesimulatoren';

/**
 * For each fault: the case that shows it, the domain and the role of the party with the fault, and how
 * the case then fails: the step, the check, and the message.
 */
const TOETS: Record<string, { casus: string; rol: 'gemeente' | 'aanbieder'; domein?: 'wmo' | 'jw'; faalt: [number, Controle, RegExp]; koppeling?: Koppeling }> = {
  'verlengen-met-nieuw-nummer': { casus: 'casus-1', rol: 'gemeente', faalt: [3, 'inhoud', /toewijzing \d+ heeft niet .*"RedenWijziging":"04"/] },
  'verlengen-altijd-oprekken': { casus: 'casus-1-volume-gewijzigd', rol: 'gemeente', faalt: [3, 'inhoud', /bevat geen een nieuwe toewijzing/] },
  'eerdere-einddatum-accepteren': {
    casus: 'casus-2-eerdere-einddatum',
    rol: 'gemeente',
    faalt: [4, 'retour', /verwacht retourcode 9414 op StopProduct 1, gevonden goedgekeurd/],
  },
  'zelfde-einddatum-afkeuren': { casus: 'casus-2', rol: 'gemeente', faalt: [4, 'retour', /verwacht goedgekeurd, maar: 9414 op StopProduct/] },
  'tweede-tijdelijke-stop-accepteren': {
    casus: 'casus-2-tweede-tijdelijke-stop',
    rol: 'gemeente',
    faalt: [4, 'retour', /verwacht retourcode 9413 op StopProduct 1, gevonden goedgekeurd/],
  },
  'stop-na-definitieve-stop-accepteren': {
    casus: 'casus-3-stop-na-definitief',
    rol: 'gemeente',
    faalt: [5, 'retour', /verwacht retourcode 9415 op StopProduct 1, gevonden goedgekeurd/],
  },
  'stopsleutel-zonder-reden': { casus: 'casus-2', rol: 'gemeente', faalt: [4, 'retour', /verwacht goedgekeurd, maar: 9074 op StopProduct/] },
  'oude-gemeentecode-afkeuren': { casus: 'oude-gemeentecode', rol: 'aanbieder', faalt: [1, 'retour', /verwacht goedgekeurd, maar: S300 op Header/] },
  'contracttarief-negeren': { casus: 'contracttarief-afwijkend', rol: 'gemeente', faalt: [3, 'retour', /verwacht retourcode 0611 op Prestatie 1, gevonden goedgekeurd/] },
  'producten-in-zelfde-periode-afkeuren': { casus: 'producten-zelfde-periode', rol: 'gemeente', faalt: [4, 'retour', /verwacht goedgekeurd, maar: 9389 op Prestatie/] },
  'gi-zonder-start': { casus: 'gi-regieberichten', rol: 'aanbieder', domein: 'jw', faalt: [1, 'volgt', /geen JW305 van de SUT voor deze stap ontvangen/] },
  'geen-retour': { casus: 'elfproef-start', rol: 'gemeente', faalt: [2, 'retour', /geen WMO306 van de SUT ontvangen .* op WMO305/] },
  'retourcode-op-verkeerde-klasse': {
    casus: 'casus-2-eerdere-einddatum',
    rol: 'gemeente',
    faalt: [4, 'retour', /verwacht retourcode 9414 op StopProduct 1, gevonden 9414 op de Client$/],
  },
  'technische-fout-accepteren': {
    casus: 'einddatum-voor-begindatum',
    rol: 'gemeente',
    faalt: [3, 'retour', /verwacht retourcode 0001 op de Header, gevonden goedgekeurd/],
  },
  'onderzoek-twee-keer': { casus: 'vot-onderzoek-twee-keer', rol: 'gemeente', faalt: [3, 'geweigerd', /had deze stap moeten weigeren.*TR360/] },
  'toewijzing-zonder-referentie': { casus: 'vot-direct-toewijzen', rol: 'gemeente', faalt: [2, 'inhoud', /heeft niet .*"ReferentieAanbieder":"VOT-1"/] },
  'vow-onvolledig': { casus: 'vow-direct-toewijzen', rol: 'aanbieder', faalt: [4, 'retour', /9349 op Verzoek .*TR349/] },
  'start-zonder-toewijzing-accepteren': {
    casus: 'start-zonder-toewijzing',
    rol: 'gemeente',
    faalt: [3, 'retour', /verwacht retourcode 9019 op StartProduct 1, gevonden goedgekeurd/],
  },
  'verwijderen-met-declaraties': { casus: 'verwijderen-met-declaraties', rol: 'gemeente', faalt: [4, 'geweigerd', /had deze stap moeten weigeren.*TR385/] },
  'goedgekeurde-prestaties-terugsturen': {
    casus: 'declareren-afgewezen-prestatie',
    rol: 'gemeente',
    faalt: [3, 'retourInhoud', /het declaratie-antwoord bevat 2 prestatie\(s\), verwacht 1 afgewezen/],
  },
  // Faults no step speaks of: the judge finds them after the last step, over the whole exchange.
  'xsdversie-verkeerd': { casus: 'uitwisseling', rol: 'aanbieder', faalt: [4, 'onverwacht', /startbericht \(305\).*IV034 .*BerichtXsdVersie 9\.9\.9/] },
  'retour-kop-gewijzigd': {
    casus: 'uitwisseling',
    rol: 'gemeente',
    faalt: [4, 'onverwacht', /retourbericht op de start \(306\).*IV028 \/Bericht\/Header\/BerichtIdentificatie\/Dagtekening/],
  },
  'retour-afzender-verwisseld': {
    casus: 'uitwisseling',
    rol: 'aanbieder',
    faalt: [
      1,
      'retour',
      /er kwam een retourbericht van de SUT op WMO301, maar het is niet als antwoord te lezen: WMO302 \(Identificatie \S+\): onze gemeente keurde het af: .*Afzender/,
    ],
  },
  'nagekomen-retour': { casus: 'uitwisseling', rol: 'aanbieder', domein: 'jw', faalt: [4, 'onverwacht', /retourbericht op de toewijzing \(302\).*had al een antwoord.*IV028/] },
  'antwoord-prestatie-gewijzigd': {
    casus: 'declareren-afgewezen-prestatie',
    rol: 'gemeente',
    faalt: [4, 'onverwacht', /declaratie-antwoord \(325\).*TR367 .*GeleverdVolume 13 in plaats van 12/],
  },
  'antwoord-totaal-fout': { casus: 'declareren-afgewezen-prestatie', rol: 'gemeente', faalt: [4, 'onverwacht', /declaratie-antwoord \(325\).*TR342 .*TotaalToegekendBedrag/] },
  'bericht-dubbel': { casus: 'uitwisseling', rol: 'gemeente', domein: 'jw', faalt: [4, 'onverwacht', /toewijzingsbericht \(301\).*TR056 .*al eerder gebruikt/] },
  'eerst-andere-client': { casus: 'uitwisseling', rol: 'gemeente', faalt: [4, 'onverwacht', /geen stap van het scenario om vroeg.*OP080/] },
  // Koppelvlak faults: their scenario (features/koppelvlakken/) over its transport, with our side of the chain as the scenario's tags ask.
  'kopie-verwerken': {
    casus: 'koppelvlak-dubbel',
    rol: 'gemeente',
    faalt: [3, 'retour', /verwacht retourcode 9056, gevonden 9074 op StartProduct 1/],
    koppeling: { transport: 'stuf-ggk' },
  },
  'laat-bericht-negeren': {
    casus: 'koppelvlak-laat',
    rol: 'gemeente',
    faalt: [2, 'retour', /geen WMO306 van de SUT ontvangen/],
    koppeling: { transport: 'stuf-ggk', keten: ['laat'] },
  },
  'fo01-genegeerd': {
    casus: 'koppelvlak-fo01',
    rol: 'gemeente',
    faalt: [1, 'retour', /geen WMO301 van de SUT voor deze stap ontvangen.*IB103/],
    koppeling: { transport: 'stuf-ggk', keten: ['fo01'] },
  },
  '422-genegeerd': { casus: 'koppelvlak-422', rol: 'aanbieder', faalt: [1, 'retour', /geen WMO302 van de SUT ontvangen/], koppeling: { transport: 'vsp', keten: ['422'] } },
  'ophalen-zonder-bevestigen': {
    casus: 'koppelvlak-venster',
    rol: 'aanbieder',
    faalt: [2, 'retour', /geen WMO302 van de SUT ontvangen/],
    koppeling: { transport: 'vsp', keten: ['venster-1'] },
  },
};

describe('elke fout van de simulator is waarneembaar', () => {
  it('elke fout heeft een toets', () => {
    assert.deepEqual(
      FOUTEN.map((f) => f.naam).filter((n) => !TOETS[n]),
      [],
    );
  });
  for (const f of FOUTEN) {
    const t = TOETS[f.naam];
    if (!t) continue;
    it(`${f.naam} (${f.regel}): ${t.casus} faalt met de fout en slaagt zonder`, async () => {
      if (t.koppeling) {
        const s = ingebouwdeScenarios().find((x) => x.pickel.tags.includes(`@${t.casus}`));
        assert.ok(s?.pickel.tags.includes(`@${f.regel}`), `het koppelvlakscenario @${t.casus} draagt de regel ${f.regel}`);
      } else {
        const casus = CASUISTIEK.find((c) => c.id === t.casus);
        assert.ok(casus, `casus ${t.casus} bestaat`);
        assert.ok(casus.regels.includes(f.regel), `casus ${t.casus} draagt de regel ${f.regel}`);
      }
      const plan = scenarioVan(t.casus, t.domein ?? 'wmo', t.rol)!;
      const zonder = await speelTweeSimulatoren(plan, [], t.koppeling);
      assert.deepEqual(
        zonder.flatMap((r) => r.fouten),
        [],
        'zonder de fout slaagt de casus',
      );
      const met = await speelTweeSimulatoren(plan, [f.naam], t.koppeling);
      const [stap, controle, melding] = t.faalt;
      const eerste = met.findIndex((r) => r.fouten.length > 0);
      assert.equal(eerste + 1, stap, `met de fout ${f.naam} faalt stap ${stap}: ${JSON.stringify(met.map((r) => r.fouten))}`);
      const r = met[eerste]!;
      assert.match((r.perSoort[controle] ?? []).join('\n'), melding, `stap ${stap} faalt op ${controle}: ${JSON.stringify(r.fouten)}`);
    });
  }
});
