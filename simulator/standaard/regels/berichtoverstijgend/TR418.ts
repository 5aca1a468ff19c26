import { regel } from '../regel';
import { CONTRACT_IN_UREN, prestatiesVan, teBeoordelen } from './declaratiehulp';

const PRESTATIE = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]';

export const TR418 = regel({
  code: 'TR418',
  familie: 'berichtoverstijgend',
  retourcode: '0611',
  omschrijving: 'Het ProductTarief van een prestatie is het tarief dat de gemeente met de aanbieder voor die ProductCode heeft afgesproken (nieuw in 3.2).',
  lezing:
    'Het contracttarief komt uit de externe bron: de tarieven per gemeente (de Ontvanger), productcode en eenheid die gelden op de Begindatum van de ProductPeriode. Is er voor het product in die eenheid geen tarief bekend, dan kan de regel niet oordelen en keurt hij goed. Wordt in minuten gedeclareerd tegen een uurtarief, dan is het verwachte ProductTarief het uurtarief gedeeld door 60, rekenkundig afgerond op hele centen (IV081). Creditprestaties worden niet getoetst: die herhalen een goedgekeurde debet.',
  controles: {
    '323': ({ bericht, toestand, bronnen, domein }) =>
      prestatiesVan(bericht).flatMap((x) => {
        const pt = x.p.ProductTarief;
        if (pt === undefined || !teBeoordelen(toestand, x)) return [];
        const t = bronnen.tarief(domein, bericht.Header.Ontvanger, x.p.ProductCode, x.p.Eenheid, x.p.ProductPeriode.Begindatum);
        if (!t) return [];
        const perMinuut = x.p.Eenheid === '01' && t.eenheid === '04';
        const verwacht = perMinuut ? Math.round(t.tarief / 60) : t.tarief;
        return pt !== verwacht
          ? [
              {
                klasse: x.klasse,
                element: 'ProductTarief',
                melding: `ProductTarief ${pt} is niet het contracttarief ${verwacht} voor ${x.p.ProductCode}${perMinuut ? ` (uurtarief ${t.tarief} per minuut)` : ''}`,
              },
            ]
          : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'tarief 52 euro terwijl 50 euro per uur is afgesproken',
      bronnen: { tarieven: CONTRACT_IN_UREN },
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10, tarief: 5200 }] }),
      verwacht: { klasse: PRESTATIE, code: '0611' },
    },
    {
      naam: 'tarief gelijk aan het afgesproken uurtarief',
      bronnen: { tarieven: CONTRACT_IN_UREN },
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10, tarief: 5000 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'in minuten tegen een uurtarief van 50 euro: 83 cent per minuut (IV081)',
      bronnen: { tarieven: CONTRACT_IN_UREN },
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 100, eenheid: '01', tarief: 83, bedrag: 8333 }],
        }),
      verwacht: 'goed',
    },
    {
      naam: 'in minuten tegen een uurtarief van 50 euro, maar 84 cent per minuut',
      bronnen: { tarieven: CONTRACT_IN_UREN },
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 100, eenheid: '01', tarief: 84, bedrag: 8333 }],
        }),
      verwacht: { klasse: PRESTATIE, code: '0611' },
    },
    {
      naam: 'geen contracttarief bekend voor het product: niet te beoordelen',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10, tarief: 5200 }] }),
      verwacht: 'goed',
    },
  ],
});
