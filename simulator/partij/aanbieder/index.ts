/**
 * The reference aanbieder: business steps that produce heenberichten (305, 307, 315, 317, 323),
 * following the business rules. One file per flow: regie (`regie.ts`: start and stop), requests to
 * the gemeente (`verzoeken.ts`), declaring (`declareren.ts`), and what a gecertificeerde instelling
 * does by itself after a toewijzing (`gi.ts`).
 */
import type { Actie } from '../acties';
import { ActieFout, type PartijContext, type Uitgaand } from '../partij';
import { crediteer, declareer } from './declareren';
import { regieActie } from './regie';
import { verzoekOmToewijzing, verzoekOmWijziging } from './verzoeken';

export function aanbiederActie(ctx: PartijContext, a: Actie): Uitgaand[] {
  const nummer = 'toewijzingNummer' in a ? a.toewijzingNummer : undefined;
  const bsn = a.bsn ?? ctx.toestand.toewijzingen.toewijzing(nummer ?? -1)?.bsn ?? ctx.standaardBsn;
  switch (a.actie) {
    case 'start':
    case 'stop':
    case 'start-verwijderen':
    case 'stop-verwijderen':
    case 'start-corrigeren':
    case 'stop-corrigeren':
      return regieActie(ctx, a, bsn);
    case 'verzoek-om-toewijzing':
      return verzoekOmToewijzing(ctx, a, bsn);
    case 'verzoek-om-wijziging':
      return verzoekOmWijziging(ctx, a, bsn);
    case 'declareren':
      return [declareer(ctx, a)];
    case 'crediteren':
      return [crediteer(ctx, a)];
    default:
      throw new ActieFout(`de actie '${a.actie}' hoort niet bij een aanbieder`, 409);
  }
}
