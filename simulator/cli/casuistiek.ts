/**
 * `ketentest casuistiek --domein wmo|jw [--json]`: per domain the table of its own cases and the table
 * of cases taken over from the other domain (since 3.2 each standard lists both), with the feature
 * and scenario that implement each.
 */
import path from 'node:path';
import { DOMEINEN, type Domein } from '../standaard/woorden';
import { CASUISTIEK, type Casusrij } from '../../scenarios/casuistiek';
import { ingebouwdeScenarios, INGEBOUWDE_FEATURES } from '../../steps/features';
import { keuze, leesArgumenten } from './argumenten';

const HULP = `Gebruik: ketentest casuistiek --domein wmo|jw [--json]

Toont de casuïstiek van een domein: de eigen casussen en de casussen uit het andere domein die er
ook gelden, met per casus de regels, de rollen van het systeem onder test, en de feature en het
scenario die haar uitvoeren.`;

export interface CasusRegel {
  id: string;
  titel: string;
  herkomst: Domein;
  domeinen: Domein[];
  regels: string[];
  sutRollen: string[];
  feature: string;
  scenarios: string[];
}

export function casuistiek(domein: Domein): { domein: Domein; eigen: CasusRegel[]; overgenomen: CasusRegel[] } {
  // The scenarios that carry a case's tag, in this domain: read from the features.
  const scenarios = ingebouwdeScenarios().filter((s) => s.plan.domein === domein);
  const regel = (c: Casusrij): CasusRegel => {
    const eigen = scenarios.filter((s) => s.pickel.tags.includes(`@${c.id}`));
    return {
      id: c.id,
      titel: c.titel,
      herkomst: c.herkomst,
      domeinen: [...c.domeinen],
      regels: [...c.regels],
      sutRollen: [...c.sutRollen],
      feature: [...new Set(eigen.map((s) => `features/${path.relative(INGEBOUWDE_FEATURES, s.pickel.uri).split(path.sep).join('/')}`))].join(', '),
      scenarios: [...new Set(eigen.map((s) => s.pickel.naam))],
    };
  };
  const hier = CASUISTIEK.filter((c) => c.domeinen.includes(domein));
  return {
    domein,
    eigen: hier.filter((c) => c.herkomst === domein).map(regel),
    overgenomen: hier.filter((c) => c.herkomst !== domein).map(regel),
  };
}

function tabel(titel: string, rijen: CasusRegel[]): string {
  const regels = [`${titel} (${rijen.length})`, `  ${'casus'.padEnd(42)} ${'regels'.padEnd(34)} ${'SUT'.padEnd(18)} feature`];
  for (const r of rijen) {
    regels.push(`  ${r.id.padEnd(42)} ${r.regels.join(' ').padEnd(34)} ${r.sutRollen.join(', ').padEnd(18)} ${r.feature}`);
    regels.push(`    ${r.titel}`);
  }
  return regels.join('\n');
}

export function casuistiekOpdracht(args: string[]): number {
  const { values } = leesArgumenten(args, { domein: { type: 'string' }, json: { type: 'boolean' } }, HULP, { positioneel: false });
  const domein = keuze('domein', values.domein, DOMEINEN, HULP);
  const c = casuistiek(domein);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(c, null, 2)}\n`);
    return 0;
  }
  const naam = domein === 'wmo' ? 'iWmo' : 'iJw';
  const ander = domein === 'wmo' ? 'iJw' : 'iWmo';
  console.log(`${tabel(`Overzicht casuïstiek ${naam} 3.2`, c.eigen)}\n\n${tabel(`Casuïstiek uit ${ander} die ook in ${naam} geldt`, c.overgenomen)}`);
  return 0;
}
