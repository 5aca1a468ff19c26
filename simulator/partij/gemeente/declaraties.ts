/**
 * How the gemeente answers a declaratie (323) by hand (`declaratieAntwoord: 'handmatig'`): the
 * rules were judged when it arrived; the gemeente adds its own rejections of content, per prestatie
 * (ReferentieNummer → retourcode), and the declaratie-antwoord (325) says both.
 */
import type { Bericht } from '../../standaard/berichten/catalogus';
import { afwijzendeCodes, type ExtraOvertreding, type Retourcode } from '../../standaard/regels/beoordeling';
import type { ActieVan } from '../acties';

export function afwijzingenVanGemeente(declaratie: Bericht<'323'>, eerder: readonly Retourcode[], a: ActieVan<'declaratie-beantwoorden'>): ExtraOvertreding[] {
  const vastgesteld = eerder.flatMap((r) => afwijzendeCodes(r.codes).map((code) => ({ klasse: r.pad, code, regel: 'REGELS', melding: `eerder vastgesteld (${code})` })));
  const afwijzen = new Map((a.afwijzen ?? []).map((x) => [x.referentie, x.retourcode]));
  return [
    ...vastgesteld,
    ...declaratie.Declaratie.Clienten.Client.flatMap((c, ci) =>
      c.Prestaties.Prestatie.flatMap((p, pi) => {
        const code = afwijzen.get(p.ProductReferentie.ReferentieNummer);
        return code
          ? [
              {
                klasse: `/Bericht/Declaratie/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]`,
                code,
                regel: 'GEMEENTE',
                melding: `inhoudelijk afgewezen door de gemeente (${code})`,
              },
            ]
          : [];
      }),
    ),
  ];
}
