import { regel } from '../regel';
import { maximumInLooptijd, omrekening, overMaximum } from './declaratiehulp';

const PRESTATIE = (n: number) => `/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[${n}]`;
/** Monday 27 April up to Sunday 10 May 2026: two calendar weeks, so 6 hours in total; April 27-30 alone allows 3. */
const TWEE_WEKEN = { nummer: 1, ingang: '2026-04-27', eind: '2026-05-10', begin: '2026-04-27' };
const APRIL = { Begindatum: '2026-04-27', Einddatum: '2026-04-30' };
const MEI = { Begindatum: '2026-05-01', Einddatum: '2026-05-10' };

export const TR322 = regel({
  code: 'TR322',
  familie: 'berichtoverstijgend',
  retourcode: '9322',
  omschrijving:
    'Heeft het toegewezen product een Omvang, dan past de som van het GeleverdVolume van alle ingediende prestaties op die toewijzing binnen het volume over de hele looptijd van de toewijzing.',
  lezing:
    'De som is het goedgekeurde volume (debet min credit) uit eerdere declaraties plus de prestaties van dit bericht, in volgorde: eerst gaan de credits van dit bericht op goedgekeurde debets eraf (OP366), dan telt elke debet mee; een debet die de som boven het maximum brengt krijgt de code en telt niet mee. Maximum over de looptijd: per dag de dagen, per week de kalenderweken (inspanningsgericht, IV077) of de zondagen plus één voor een gebroken laatste week (outputgericht), per maand de kalendermaanden die de toewijzing raakt, totaal het volume zelf. Een toewijzing zonder Einddatum heeft (behalve bij totaal) geen maximum. Minuten op uren tellen als 1/60 uur; een eenheid die niet past laat deze regel aan TR341.',
  controles: {
    '323': ({ bericht, toestand }) =>
      overMaximum(toestand, bericht, {
        waarde: (v, p) => {
          const factor = v.Omvang && omrekening(v.Omvang.Eenheid, p.Eenheid);
          return factor ? p.GeleverdVolume / factor : undefined;
        },
        // Minutes approved on a toewijzing in hours count as a sixtieth of an hour.
        eerder: (v) => {
          const d = toestand.declaraties;
          const eenheid = v.Omvang!.Eenheid;
          return d.nettoVolumeOp(v.ToewijzingNummer, eenheid) + (eenheid === '04' ? d.nettoVolumeOp(v.ToewijzingNummer, '01') / 60 : 0);
        },
        maximum: maximumInLooptijd,
      }).map(({ x, v, totaal, maximum }) => {
        const factor = omrekening(v.Omvang!.Eenheid, x.p.Eenheid)!;
        return {
          klasse: x.klasse,
          element: 'GeleverdVolume',
          melding: `met GeleverdVolume ${x.p.GeleverdVolume} (eenheid ${x.p.Eenheid}) komt toewijzing ${v.ToewijzingNummer} op ${Math.round(totaal * factor * 100) / 100}, meer dan de ${maximum * factor} over de looptijd ${v.Ingangsdatum} t/m ${v.Einddatum ?? ''}`,
        };
      }),
  },
  voorbeelden: [
    {
      naam: 'mei brengt de toewijzing van twee weken op 9 uur terwijl 6 uur is toegewezen',
      geschiedenis: (s) => [
        ...s.levering(TWEE_WEKEN),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: APRIL, volume: 3 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: MEI, volume: 6 }] }),
      verwacht: { klasse: PRESTATIE(1) },
    },
    {
      naam: 'april en mei samen 6 uur op een toewijzing van twee weken',
      geschiedenis: (s) => [
        ...s.levering(TWEE_WEKEN),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: APRIL, volume: 3 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: MEI, volume: 3 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'april en mei in één declaratie: de tweede prestatie overschrijdt de som',
      geschiedenis: (s) => s.levering(TWEE_WEKEN),
      bericht: (s) =>
        s.declaratie({
          nummer: 'D1',
          maand: '2026-05',
          prestaties: [
            { referentie: 'P1', toewijzing: 1, periode: APRIL, volume: 3 },
            { referentie: 'P2', toewijzing: 1, periode: MEI, volume: 6 },
          ],
        }),
      verwacht: { klasse: PRESTATIE(2) },
    },
    {
      naam: 'een credit in hetzelfde bericht maakt ruimte voor de gecorrigeerde prestatie',
      geschiedenis: (s) => [
        ...s.levering(TWEE_WEKEN),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: APRIL, volume: 3 }] }),
        s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: MEI, volume: 3 }] }),
      ],
      bericht: (s) =>
        s.declaratie({
          nummer: 'D3',
          maand: '2026-05',
          prestaties: [
            { referentie: 'P3', vorigeReferentie: 'P2', credit: true, toewijzing: 1, periode: MEI, volume: 3 },
            { referentie: 'P4', toewijzing: 1, periode: MEI, volume: 3 },
          ],
        }),
      verwacht: 'goed',
    },
    {
      naam: 'minuten tellen mee als deel van een uur: 180 minuten in april en 4 uur in mei is 7 uur',
      geschiedenis: (s) => [
        ...s.levering(TWEE_WEKEN),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: APRIL, volume: 180, eenheid: '01', tarief: 83 }] }),
      ],
      bericht: (s) => s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'P2', toewijzing: 1, periode: MEI, volume: 4 }] }),
      verwacht: { klasse: PRESTATIE(1) },
    },
  ],
});
