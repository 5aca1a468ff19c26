import { regel } from '../regel';
import { maximumInPeriode, omrekening, prestatiesVan, teBeoordelen } from './declaratiehulp';

const PRESTATIE = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]';
const PER_WEEK = { Volume: 3, Eenheid: '04', Frequentie: '2' };

export const TR321 = regel({
  code: 'TR321',
  familie: 'berichtoverstijgend',
  retourcode: '9321',
  omschrijving:
    'Heeft het toegewezen product een Omvang, dan past het GeleverdVolume van een prestatie binnen het volume dat die Omvang toestaat voor de ProductPeriode, rekening houdend met eenheid en frequentie.',
  lezing:
    'Maximum per ProductPeriode: per dag het volume maal het aantal dagen; per week het volume maal het aantal kalenderweken dat de periode raakt (inspanningsgericht, IV077) of maal het aantal zondagen, plus één week als de periode de laatste zondag van een niet op zondag eindigende toewijzing bevat (outputgericht: eenheid stuks (output) of euro); per maand en totaal het volume zelf (ook in een gebroken maand, IV078). Minuten op een toewijzing in uren tellen als 1/60 uur. Alleen Wmo: huishoudelijke hulp (categorie 01) per week mag tot 6 maal het weekvolume per periode; Jw kent die uitzondering niet. Geteld wordt over de ProductPeriode zelf; dat die binnen de toewijzing ligt toetsen TR307/TR308. Past de eenheid niet bij de toewijzing, dan meldt TR341 dat en toetst deze regel niet. Creditprestaties worden niet getoetst.',
  controles: {
    '323': ({ bericht, toestand, domein }) =>
      prestatiesVan(bericht).flatMap((x) => {
        const v = teBeoordelen(toestand, x);
        if (!v?.Omvang) return [];
        const factor = omrekening(v.Omvang.Eenheid, x.p.Eenheid);
        const max = maximumInPeriode(domein, v, x.p.ProductPeriode);
        if (factor === undefined || max === undefined || x.p.GeleverdVolume <= max * factor) return [];
        return [
          {
            klasse: x.klasse,
            element: 'GeleverdVolume',
            melding: `GeleverdVolume ${x.p.GeleverdVolume} (eenheid ${x.p.Eenheid}) is meer dan de ${max * factor} die toewijzing ${v.ToewijzingNummer} toestaat over ${x.p.ProductPeriode.Begindatum} t/m ${x.p.ProductPeriode.Einddatum}`,
          },
        ];
      }),
  },
  voorbeelden: [
    {
      naam: '16 uur in mei 2026 (5 kalenderweken) op 3 uur per week',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 16 }] }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: '15 uur in mei 2026 (5 kalenderweken) op 3 uur per week',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 15 }] }),
      verwacht: 'goed',
    },
    {
      naam: '900 minuten in mei op 3 uur per week',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 900, eenheid: '01', tarief: 83 }] }),
      verwacht: 'goed',
    },
    {
      naam: '901 minuten in mei op 3 uur per week',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) =>
        s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 901, eenheid: '01', tarief: 83 }] }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'gebroken eerste maand: 6 uur over 18 t/m 31 mei (2 kalenderweken) op 3 uur per week',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-05-18', eind: '2026-12-31', begin: '2026-05-18' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: { Begindatum: '2026-05-18', Einddatum: '2026-05-31' }, volume: 6 }],
        }),
      verwacht: 'goed',
    },
    {
      naam: 'Jw: 12 uur over 18 t/m 31 mei (2 kalenderweken) op 3 uur per week, geen uitzondering',
      domeinen: ['jw'],
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-05-18', eind: '2026-12-31', begin: '2026-05-18' }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: { Begindatum: '2026-05-18', Einddatum: '2026-05-31' }, volume: 12 }],
        }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'Wmo huishoudelijke hulp per week: 18 uur over 18 t/m 31 mei (2 kalenderweken) mag, tot 6 maal het weekvolume',
      domeinen: ['wmo'],
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-05-18', eind: '2026-12-31', begin: '2026-05-18', product: { Categorie: '01', Code: '01A01' } }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [
            { referentie: 'P1', toewijzing: 1, product: { Categorie: '01', Code: '01A01' }, periode: { Begindatum: '2026-05-18', Einddatum: '2026-05-31' }, volume: 18 },
          ],
        }),
      verwacht: 'goed',
    },
    {
      naam: 'Wmo huishoudelijke hulp per week: 19 uur in mei is meer dan 6 maal het weekvolume',
      domeinen: ['wmo'],
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05', product: { Categorie: '01', Code: '01A01' } }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, product: { Categorie: '01', Code: '01A01' }, periode: '2026-05', volume: 19 }],
        }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'per dag: 62 uur in mei op 2 uur per dag',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05', omvang: { Volume: 2, Eenheid: '04', Frequentie: '1' } }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 62 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'per maand: 13 uur in een gebroken maand op 12 uur per maand',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-05-14', eind: '2026-12-31', begin: '2026-05-14', omvang: { Volume: 12, Eenheid: '04', Frequentie: '4' } }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: { Begindatum: '2026-05-14', Einddatum: '2026-05-31' }, volume: 13 }],
        }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'outputgericht per week: 5 zondagen in mei maal 300 euro',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05', omvang: { Volume: 30000, Eenheid: '83', Frequentie: '2' } }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 150000, eenheid: '83' }] }),
      verwacht: 'goed',
    },
    {
      naam: 'outputgericht per week: toewijzing eindigt op woensdag 27 mei, de laatste gebroken week telt mee in mei',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-05-27', begin: '2026-01-05', omvang: { Volume: 30000, Eenheid: '83', Frequentie: '2' } }),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [{ referentie: 'P1', toewijzing: 1, periode: { Begindatum: '2026-05-01', Einddatum: '2026-05-27' }, volume: 150000, eenheid: '83' }],
        }),
      verwacht: 'goed',
    },
    {
      naam: 'outputgericht per week: meer dan 5 weekbedragen in mei',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05', omvang: { Volume: 30000, Eenheid: '83', Frequentie: '2' } }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 150001, eenheid: '83' }] }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'per week over de jaargrens: december 2025 raakt 5 kalenderweken (49 t/m 1)',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2025-12-01', eind: '2026-01-31', begin: '2025-12-01', omvang: PER_WEEK }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2025-12', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2025-12', volume: 15 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'per week over de jaargrens: 16 uur in december 2025 is meer dan 5 weken',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2025-12-01', eind: '2026-01-31', begin: '2025-12-01', omvang: PER_WEEK }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2025-12', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2025-12', volume: 16 }] }),
      verwacht: { klasse: PRESTATIE },
    },
  ],
});
