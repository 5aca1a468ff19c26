import { CONTRACT_IN_UREN, prestatiesVan } from '../berichtoverstijgend/declaratiehulp';
import { regel } from '../regel';

const PRESTATIE = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]';

export const TR346 = regel({
  code: 'TR346',
  familie: 'externe-bron',
  retourcode: '9346',
  omschrijving:
    'Is de Eenheid geen euro (83), dan is het IngediendBedrag het GeleverdVolume maal het ProductTarief; bij minuten op een uurtarief het uurtarief maal de minuten gedeeld door 60, afgerond op hele centen.',
  lezing:
    'Het uurtarief komt uit de contracttarieven van de externe bron (gemeente = Ontvanger, productcode, geldig op de Begindatum van de ProductPeriode). Is in minuten gedeclareerd en is geen uurtarief bekend, dan wordt elk bedrag aanvaard dat past bij een uurtarief dat afgerond het ProductTarief per minuut geeft (uurtarief tussen 60 maal het minuuttarief min 30 en plus 29 cent). Geldt voor debet en credit, in Wmo en Jw gelijk.',
  controles: {
    '323': ({ bericht, bronnen, domein }) =>
      prestatiesVan(bericht).flatMap((x) => {
        const p = x.p;
        if (p.Eenheid === '83' || p.ProductTarief === undefined) return [];
        const v = p.GeleverdVolume;
        const bedrag = p.IngediendBedrag.Bedrag;
        let goed: boolean;
        let verwacht: string;
        if (p.Eenheid === '01') {
          const t = bronnen.tarief(domein, bericht.Header.Ontvanger, p.ProductCode, '01', p.ProductPeriode.Begindatum);
          if (t?.eenheid === '04') {
            const b = Math.round((t.tarief * v) / 60);
            goed = bedrag === b;
            verwacht = `${b} (uurtarief ${t.tarief} × ${v} minuten / 60)`;
          } else {
            // Without the hourly rate: any rate that rounds to this per-minute tariff (IV081).
            const laag = Math.round(((60 * p.ProductTarief - 30) * v) / 60);
            const hoog = Math.round(((60 * p.ProductTarief + 29) * v) / 60);
            goed = bedrag === v * p.ProductTarief || (bedrag >= laag && bedrag <= hoog);
            verwacht = `${v * p.ProductTarief} (of ${laag} t/m ${hoog} bij een onafgerond uurtarief)`;
          }
        } else {
          goed = bedrag === v * p.ProductTarief;
          verwacht = `${v * p.ProductTarief}`;
        }
        return goed
          ? []
          : [{ klasse: x.klasse, element: 'IngediendBedrag/Bedrag', melding: `IngediendBedrag ${bedrag} is niet GeleverdVolume × ProductTarief: verwacht ${verwacht}` }];
      }),
  },
  voorbeelden: [
    {
      naam: '10 uur tegen 50 euro, ingediend 499,99 euro',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10, tarief: 5000, bedrag: 49999 }] }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: '10 uur tegen 50 euro, ingediend 500 euro',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10, tarief: 5000, bedrag: 50000 }] }),
      verwacht: 'goed',
    },
    {
      naam: '100 minuten tegen een uurtarief van 50 euro: 83,33 euro, niet 100 × 0,83 (IV081)',
      bronnen: { tarieven: CONTRACT_IN_UREN },
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 100, eenheid: '01', tarief: 83, bedrag: 8300 }],
        }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: '100 minuten tegen een uurtarief van 50 euro, ingediend 83,33 euro',
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
      naam: '100 minuten tegen 83 cent zonder bekend uurtarief: 83,33 euro past bij een uurtarief van 50 euro',
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
      naam: '100 minuten tegen 83 cent zonder bekend uurtarief: 90 euro past bij geen enkel uurtarief',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 100, eenheid: '01', tarief: 83, bedrag: 9000 }],
        }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: "euro's: geen tarief, het bedrag is het volume",
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05', omvang: { Volume: 30000, Eenheid: '83', Frequentie: '2' } }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 60000, eenheid: '83' }] }),
      verwacht: 'goed',
    },
  ],
});
