import { regel, type Overtreding } from '../regel';
import { antwoordOp, antwoordPrestatiesVan, declaratieMei, geleverdEnGedeclareerd } from './declaratiehulp';

const PRESTATIE = '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]';

export const TR366 = regel({
  code: 'TR366',
  familie: 'berichtoverstijgend',
  retourcode: '9366',
  omschrijving: 'Elke prestatie in een declaratie-antwoord is via haar ReferentieNummer een prestatie uit een ontvangen declaratie, en wel uit de declaratie die beantwoord wordt.',
  lezing:
    'Is de beantwoorde declaratie bekend (via DeclaratieIdentificatie, geaccepteerd), dan moet de prestatie daaruit komen; anders (TR337) volstaat dat de prestatie ooit in een declaratie is ingediend.',
  controles: {
    '325': ({ bericht, toestand }) => {
      const id = bericht.Header.DeclaratieIdentificatie.Identificatie;
      const beantwoord = toestand.declaraties.metIdentificatie(id);
      return antwoordPrestatiesVan(bericht).flatMap(({ p, klasse }): Overtreding[] => {
        const ref = p.ProductReferentie.ReferentieNummer;
        const r = toestand.declaraties.prestatie(ref);
        if (!r) return [{ klasse, element: 'ProductReferentie/ReferentieNummer', melding: `er is geen prestatie met ReferentieNummer ${ref} gedeclareerd` }];
        if (beantwoord && r.declaratieIdentificatie !== id)
          return [
            {
              klasse,
              element: 'ProductReferentie/ReferentieNummer',
              melding: `prestatie ${ref} hoort bij declaratie ${r.declaratieNummer}, niet bij de beantwoorde declaratie ${beantwoord.nummer}`,
            },
          ];
        return [];
      });
    },
  },
  voorbeelden: [
    {
      naam: 'antwoord noemt een prestatie die nooit is gedeclareerd',
      geschiedenis: geleverdEnGedeclareerd,
      bericht: (s) =>
        antwoordOp(declaratieMei(s), {
          code: '9321',
          wijzig: (b) => {
            b.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.ReferentieNummer = 'P9';
          },
        }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'antwoord noemt een prestatie uit een andere declaratie',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }, { identificatie: 'DECL01' }),
        s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: '2026-05', volume: 10 }] }, { identificatie: 'DECL02' }),
      ],
      bericht: (s) =>
        antwoordOp(
          s.declaratie({ nummer: 'D2', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }, { identificatie: 'DECL02' }),
          {
            code: '9321',
          },
        ),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'antwoord noemt een prestatie uit de beantwoorde declaratie',
      geschiedenis: geleverdEnGedeclareerd,
      bericht: (s) =>
        antwoordOp(declaratieMei(s), {
          code: '9321',
        }),
      verwacht: 'goed',
    },
  ],
});
