/**
 * Every fault of the simulator changes its behaviour observably: a case that the correct reference
 * passes fails when the party under test has the fault, and the failure is about the fault's rule.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FOUTEN } from '../simulator/rollen/fouten';
import { CASUISTIEK } from '../scenarios/casuistiek';
import { scenarioVan } from '../steps/features';
import { speelTweeSimulatoren } from './tweesimulatoren';

/** For each fault: the case that shows it, the domain and the role of the party with the fault. */
const TOETS: Record<string, { casus: string; rol: 'gemeente' | 'aanbieder'; domein?: 'wmo' | 'jw' }> = {
  'verlengen-met-nieuw-nummer': { casus: 'casus-1', rol: 'gemeente' },
  'verlengen-altijd-oprekken': { casus: 'casus-1-volume-gewijzigd', rol: 'gemeente' },
  'eerdere-einddatum-accepteren': { casus: 'casus-2-eerdere-einddatum', rol: 'gemeente' },
  'zelfde-einddatum-afkeuren': { casus: 'casus-2', rol: 'gemeente' },
  'tweede-tijdelijke-stop-accepteren': { casus: 'casus-2-tweede-tijdelijke-stop', rol: 'gemeente' },
  'stop-na-definitieve-stop-accepteren': { casus: 'casus-3-stop-na-definitief', rol: 'gemeente' },
  'stopsleutel-zonder-reden': { casus: 'casus-2', rol: 'gemeente' },
  'oude-gemeentecode-afkeuren': { casus: 'oude-gemeentecode', rol: 'aanbieder' },
  'contracttarief-negeren': { casus: 'contracttarief-afwijkend', rol: 'gemeente' },
  'producten-in-zelfde-periode-afkeuren': { casus: 'producten-zelfde-periode', rol: 'gemeente' },
  'gi-zonder-start': { casus: 'gi-regieberichten', rol: 'aanbieder', domein: 'jw' },
  'geen-retour': { casus: 'elfproef-start', rol: 'gemeente' },
  'retourcode-op-verkeerde-klasse': { casus: 'casus-2-eerdere-einddatum', rol: 'gemeente' },
  'technische-fout-accepteren': { casus: 'einddatum-voor-begindatum', rol: 'gemeente' },
  'onderzoek-twee-keer': { casus: 'vot-onderzoek-twee-keer', rol: 'gemeente' },
  'toewijzing-zonder-referentie': { casus: 'vot-direct-toewijzen', rol: 'gemeente' },
  'vow-onvolledig': { casus: 'vow-direct-toewijzen', rol: 'aanbieder' },
  'start-zonder-toewijzing-accepteren': { casus: 'start-zonder-toewijzing', rol: 'gemeente' },
  'verwijderen-met-declaraties': { casus: 'verwijderen-met-declaraties', rol: 'gemeente' },
  'goedgekeurde-prestaties-terugsturen': { casus: 'declareren-afgewezen-prestatie', rol: 'gemeente' },
};

describe('elke fout van de simulator is waarneembaar', () => {
  it('elke fout heeft een toets', () => {
    assert.deepEqual(FOUTEN.map((f) => f.naam).filter((n) => !TOETS[n]), []);
  });
  for (const f of FOUTEN) {
    const t = TOETS[f.naam];
    if (!t) continue;
    it(`${f.naam} (${f.regel}): ${t.casus} faalt met de fout en slaagt zonder`, async () => {
      const casus = CASUISTIEK.find((c) => c.id === t.casus);
      assert.ok(casus, `casus ${t.casus} bestaat`);
      assert.ok(casus.regels.includes(f.regel), `casus ${t.casus} draagt de regel ${f.regel}`);
      const plan = scenarioVan(t.casus, t.domein ?? 'wmo', t.rol)!;
      const zonder = await speelTweeSimulatoren(plan);
      assert.deepEqual(zonder.flatMap((r) => r.fouten), [], 'zonder de fout slaagt de casus');
      const met = await speelTweeSimulatoren(plan, [f.naam]);
      assert.ok(met.some((r) => r.fouten.length > 0), `met de fout ${f.naam} faalt de casus`);
    });
  }
});
