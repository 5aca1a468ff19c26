import { regel, type Overtreding } from '../regel';
import { antwoordOp, antwoordPrestatiesVan, declaratieMei, geleverdEnGedeclareerd } from './declaratiehulp';

const PRESTATIE = '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]';

export const TR367 = regel({
  code: 'TR367',
  familie: 'berichtoverstijgend',
  retourcode: '9367',
  omschrijving: 'Een prestatie in een declaratie-antwoord heeft dezelfde waarden als de prestatie met hetzelfde ReferentieNummer in de declaratie.',
  lezing:
    'Vergeleken worden alle gegevens van de prestatie: VorigReferentieNummer, ToewijzingNummer, ProductCategorie, ProductCode, ProductPeriode, GeleverdVolume, Eenheid, ProductTarief en IngediendBedrag. Een onbekend ReferentieNummer meldt TR366.',
  controles: {
    '325': ({ bericht, toestand }) =>
      antwoordPrestatiesVan(bericht).flatMap(({ p, klasse }): Overtreding[] => {
        const r = toestand.declaraties.prestatie(p.ProductReferentie.ReferentieNummer);
        if (!r) return [];
        const velden: [string, unknown, unknown][] = [
          ['ProductReferentie/VorigReferentieNummer', p.ProductReferentie.VorigReferentieNummer, r.ProductReferentie.VorigReferentieNummer],
          ['ToewijzingNummer', p.ToewijzingNummer, r.ToewijzingNummer],
          ['ProductCategorie', p.ProductCategorie, r.ProductCategorie],
          ['ProductCode', p.ProductCode, r.ProductCode],
          ['ProductPeriode/Begindatum', p.ProductPeriode.Begindatum, r.ProductPeriode.Begindatum],
          ['ProductPeriode/Einddatum', p.ProductPeriode.Einddatum, r.ProductPeriode.Einddatum],
          ['GeleverdVolume', p.GeleverdVolume, r.GeleverdVolume],
          ['Eenheid', p.Eenheid, r.Eenheid],
          ['ProductTarief', p.ProductTarief, r.ProductTarief],
          ['IngediendBedrag/Bedrag', p.IngediendBedrag.Bedrag, r.IngediendBedrag.Bedrag],
          ['IngediendBedrag/DebetCredit', p.IngediendBedrag.DebetCredit, r.IngediendBedrag.DebetCredit],
        ];
        const anders = velden.filter(([, a, b]) => a !== b);
        if (!anders.length) return [];
        return [
          {
            klasse,
            element: anders[0]![0],
            melding: `prestatie ${p.ProductReferentie.ReferentieNummer} wijkt af van de declaratie: ${anders.map(([n, a, b]) => `${n} ${String(a ?? '(leeg)')} in plaats van ${String(b ?? '(leeg)')}`).join(', ')}`,
          },
        ];
      }),
  },
  voorbeelden: [
    {
      naam: 'antwoord met een ander GeleverdVolume dan de declaratie',
      geschiedenis: geleverdEnGedeclareerd,
      bericht: (s) =>
        antwoordOp(declaratieMei(s), {
          code: '9321',
          wijzig: (b) => {
            b.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.GeleverdVolume = 9;
          },
        }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'antwoord met de waarden uit de declaratie',
      geschiedenis: geleverdEnGedeclareerd,
      bericht: (s) =>
        antwoordOp(declaratieMei(s), {
          code: '9321',
        }),
      verwacht: 'goed',
    },
  ],
});
