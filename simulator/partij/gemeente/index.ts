/**
 * The reference gemeente: business steps that produce heenberichten (301, 319, and on request 325),
 * following the business rules. One file per flow: toewijzen (`toewijzen.ts`), verlengen with OP380
 * (`verlengen.ts`), answering a request (`verzoeken.ts`), answering a declaratie by hand
 * (`declaraties.ts`); the 301 itself in `toewijzingsbericht.ts` (OP087).
 */
import type { Actie } from '../acties';
import { ActieFout, type PartijContext, type Uitgaand } from '../partij';
import { intrekken, toewijzen, verwijderen, wijzigen } from './toewijzen';
import { verlengen } from './verlengen';
import { beantwoordVerzoek } from './verzoeken';

export function gemeenteActie(ctx: PartijContext, a: Actie): Uitgaand[] {
  switch (a.actie) {
    case 'toewijzen':
      return toewijzen(ctx, a);
    case 'verlengen':
      return verlengen(ctx, a);
    case 'wijzigen':
      return wijzigen(ctx, a);
    case 'intrekken':
      return intrekken(ctx, a);
    case 'verwijderen':
      return verwijderen(ctx, a);
    case 'verzoek-beantwoorden':
      return beantwoordVerzoek(ctx, a);
    default:
      throw new ActieFout(`de actie '${a.actie}' hoort niet bij een gemeente`, 409);
  }
}
