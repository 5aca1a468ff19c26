/**
 * How the gemeente answers a verzoek om toewijzing (315) or om wijziging (317), once it has decided:
 * it assigns (a 301 whose toewijzingen carry the request's ReferentieAanbieder: TR379, OP348), takes
 * the request into consideration (a 319 with antwoord 2, once: TR360) or refuses it (a 319 with
 * antwoord 1 and a reason). The 316/318 retourbericht itself is the rules' verdict (`verwerking.ts`).
 */
import { antwoordBericht } from '../../standaard/berichten/bouwers';
import { plusDagen } from '../../standaard/berichten/datum';
import type { ActieVan } from '../acties';
import { ActieFout, kop, type PartijContext, type Uitgaand } from '../partij';
import { bestaande, herzien, nieuwProduct, toewijzingsbericht, toewijzingVoor, type ToegewezenProduct } from './toewijzingsbericht';

export function beantwoordVerzoek(ctx: PartijContext, a: ActieVan<'verzoek-beantwoorden'>): Uitgaand[] {
  const verzoek = ctx.toestand.verzoeken.verzoek(a.referentieAanbieder);
  if (!verzoek) throw new ActieFout(`er is geen verzoek met ReferentieAanbieder ${a.referentieAanbieder}`, 404);
  if (verzoek.status === 'afgewezen' || verzoek.status === 'toegewezen') {
    throw new ActieFout(`het verzoek ${verzoek.referentie} is al ${verzoek.status}`);
  }
  const antwoord = (waarde: '1' | '2', reden?: string): Uitgaand[] => [
    {
      nummer: '319',
      bericht: antwoordBericht({
        ...kop(ctx, a),
        antwoord: {
          ReferentieAanbieder: verzoek.referentie,
          VerzoekAntwoord: waarde,
          ...(reden && { RedenAfwijzingVerzoek: reden }),
          ...(reden === '8' && ctx.domein === 'jw' && a.woonplaatsbeginsel && { Woonplaatsbeginsel: { Gemeente: a.woonplaatsbeginsel } }),
        },
      }),
    },
  ];
  if (a.antwoord === 'onderzoek') {
    if (verzoek.status === 'in onderzoek' && !ctx.heeftFout('onderzoek-twee-keer')) {
      throw new ActieFout(`het verzoek ${verzoek.referentie} is al in onderzoek; het volgende antwoord is een toewijzing of een afwijzing (TR360)`);
    }
    return antwoord('2');
  }
  if (a.antwoord === 'afwijzen') return antwoord('1', a.redenAfwijzing ?? '1');
  // Toewijzen: the requested products become toewijzingen carrying the request's ReferentieAanbieder (TR379, OP348).
  const referentie = ctx.heeftFout('toewijzing-zonder-referentie') ? undefined : verzoek.referentie;
  const metReferentie = (p: ToegewezenProduct): ToegewezenProduct => (referentie ? { ...p, ReferentieAanbieder: referentie } : p);
  if (verzoek.soort === '315') {
    const ap = verzoek.aangevraagd!;
    const p = nieuwProduct(ctx, toewijzingVoor(ap, ap.ToewijzingIngangsdatum, ap.ToewijzingEinddatum));
    return [toewijzingsbericht(ctx, a, verzoek.bsn, [metReferentie(p)])];
  }
  const w = verzoek.wijziging!;
  const gewijzigd: ToegewezenProduct[] = [];
  for (const t of w.TeWijzigenProducten?.TeWijzigenProduct ?? []) {
    const v = bestaande(ctx, t.ToewijzingNummer);
    const o = t.Omvang ?? v.Omvang;
    if (t.GewensteIngangsdatum <= v.Ingangsdatum) {
      // A change over the whole period is made on the toewijzing itself.
      const p = herzien(ctx, v, { RedenWijziging: '12', ...(t.Einddatum && { Einddatum: t.Einddatum }) });
      if (t.Budget !== undefined) {
        p.Budget = t.Budget;
        delete p.Omvang;
      } else if (o) p.Omvang = o;
      gewijzigd.push(metReferentie(p));
    } else {
      const oud = herzien(ctx, v, { Einddatum: plusDagen(t.GewensteIngangsdatum, -1), RedenWijziging: '12' });
      const inhoud = t.Budget !== undefined ? { Product: v.Product, Budget: t.Budget } : { Product: v.Product, Omvang: o };
      const nieuw = nieuwProduct(ctx, toewijzingVoor(inhoud, t.GewensteIngangsdatum, t.Einddatum ?? v.Einddatum));
      gewijzigd.push(metReferentie(oud), metReferentie(nieuw));
    }
  }
  for (const n of w.NieuweProducten?.NieuwProduct ?? []) {
    gewijzigd.push(metReferentie(nieuwProduct(ctx, toewijzingVoor(n, n.GewensteIngangsdatum, n.Einddatum))));
  }
  return [toewijzingsbericht(ctx, a, verzoek.bsn, gewijzigd)];
}
