/** The Verwijzer of each AangevraagdProduct (315), shared by CD066, CD067 and CD068. Not a rule. */
import type { Bericht } from '../../berichten/catalogus';
import type { Overtreding, RegelContext, Voorbeeld } from '../regel';
import { aanvraag } from './voorbeeldberichten';

export type Verwijzer = Bericht<'315'>['Client']['AangevraagdeProducten']['AangevraagdProduct'][number]['Verwijzer'];

export function verwijzerControle(toets: (v: Verwijzer) => { element: string; melding: string } | undefined) {
  return ({ bericht }: RegelContext<'315'>): Overtreding[] =>
    bericht.Client.AangevraagdeProducten.AangevraagdProduct.flatMap((p, i) => {
      const f = toets(p.Verwijzer);
      return f ? [{ klasse: `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]`, ...f }] : [];
    });
}

/** A verzoek om toewijzing with this verwijzer: breaking (false) or fully approved (true). */
export function verwijzerVoorbeeld(naam: string, verwijzer: Verwijzer, goed: boolean): Voorbeeld {
  return {
    naam: `verzoek om toewijzing: ${naam}`,
    bericht: (s) => aanvraag(s, { verwijzer }),
    verwacht: goed ? 'goed' : { klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' },
  };
}
