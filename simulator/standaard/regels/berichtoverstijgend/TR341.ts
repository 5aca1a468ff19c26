import { regel } from '../regel';
import { CONTRACT_IN_UREN, omrekening, prestatiesVan, teBeoordelen } from './declaratiehulp';

const PRESTATIE = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]';
const EENHEDEN = ['01', '04', '14', '16', '82', '83', '84'];
const ASPECIFIEK = { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05', omvang: null };

export const TR341 = regel({
  code: 'TR341',
  familie: 'berichtoverstijgend',
  retourcode: '9341',
  omschrijving:
    'De Eenheid van een prestatie past bij de toewijzing: gelijk aan de eenheid van de toegewezen Omvang (minuten mogen op een toewijzing in uren), of, zonder Omvang, aan een eenheid waarin voor het product een contracttarief is afgesproken.',
  lezing:
    'Voor een toewijzing zonder Omvang (aspecifiek, generiek of met budget) gelden de contracttarieven uit de externe bron: zijn er voor de productcode tarieven die op de ProductPeriode gelden, maar geen in deze eenheid (minuten passen bij een uurtarief), dan wordt afgekeurd; zonder tarieven voor het product is er niets om tegen te toetsen. Minuten op uren mogen in beide domeinen: de Wmo-tekst van IV081 is korter, maar TR341 en TR346 noemen de uitzondering in beide. Creditprestaties worden niet getoetst.',
  controles: {
    '323': ({ bericht, toestand, bronnen, domein }) =>
      prestatiesVan(bericht).flatMap((x) => {
        const v = teBeoordelen(toestand, x);
        if (!v) return [];
        const e = x.p.Eenheid;
        if (v.Omvang) {
          return omrekening(v.Omvang.Eenheid, e) === undefined
            ? [{ klasse: x.klasse, element: 'Eenheid', melding: `Eenheid ${e} past niet bij de eenheid ${v.Omvang.Eenheid} van toewijzing ${v.ToewijzingNummer}` }]
            : [];
        }
        const gemeente = bericht.Header.Ontvanger;
        const datum = x.p.ProductPeriode.Begindatum;
        const tarief = (eenheid: string) => bronnen.tarief(domein, gemeente, x.p.ProductCode, eenheid, datum);
        if (tarief(e)) return [];
        const afgesproken = EENHEDEN.filter((a) => a !== e && tarief(a)?.eenheid === a);
        return afgesproken.length
          ? [{ klasse: x.klasse, element: 'Eenheid', melding: `voor product ${x.p.ProductCode} is geen tarief in eenheid ${e} afgesproken, wel in ${afgesproken.join(', ')}` }]
          : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'toewijzing in uren, prestatie in etmalen',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 1, eenheid: '14' }] }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'toewijzing in uren, prestatie in uren',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'toewijzing in uren, prestatie in minuten',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 600, eenheid: '01', tarief: 83 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'toewijzing in minuten, prestatie in uren',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05', omvang: { Volume: 180, Eenheid: '01', Frequentie: '2' } }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'aspecifieke toewijzing, contract in uren, prestatie in dagdelen',
      bronnen: { tarieven: CONTRACT_IN_UREN },
      geschiedenis: (s) => s.levering({ ...ASPECIFIEK, product: { Categorie: s.codes.product.Categorie } }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 3, eenheid: '16' }] }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'aspecifieke toewijzing, contract in uren, prestatie in minuten',
      bronnen: { tarieven: CONTRACT_IN_UREN },
      geschiedenis: (s) => s.levering({ ...ASPECIFIEK, product: { Categorie: s.codes.product.Categorie } }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 600, eenheid: '01', tarief: 83, bedrag: 50000 }],
        }),
      verwacht: 'goed',
    },
    {
      naam: 'aspecifieke toewijzing zonder bekende contracttarieven, prestatie in dagdelen',
      geschiedenis: (s) => s.levering({ ...ASPECIFIEK, product: { Categorie: s.codes.product.Categorie } }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 3, eenheid: '16' }] }),
      verwacht: 'goed',
    },
  ],
});
