import { regel } from '../regel';
import { gestapeld, STAPELBAAR_WMO } from './hulp';

const NP = '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct';
const LEVERING = { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' };
const HULPMIDDEL = { Categorie: '14', Code: '14A01' };
const STUK = { Volume: 1, Eenheid: '82', Frequentie: '6' };

export const TR410 = regel({
  code: 'TR410',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving:
    'Hetzelfde product komt alleen vaker als NieuwProduct in een verzoek om wijziging voor als de gewenste perioden (GewensteIngangsdatum t/m Einddatum) elkaar niet overlappen. ' +
    'Zonder productcode wordt op categorie vergeleken; een NieuwProduct zonder product mag met geen enkel ander NieuwProduct overlappen.',
  lezing:
    'Alleen de NieuweProducten onderling; overlap met te wijzigen of ongewijzigde toewijzingen toetst TR361 tegen de toewijzingen. ' +
    'Wmo: categorie 11 tot en met 14 mag overlappen, ook met een NieuwProduct zonder product; Jw kent die uitzondering niet. Zonder Einddatum loopt de periode open door.',
  controles: {
    '317': ({ bericht, domein }) =>
      gestapeld(
        (bericht.Client.Verzoek.NieuweProducten?.NieuwProduct ?? []).map((p, i) => ({
          klasse: `${NP}[${i + 1}]`,
          product: p.Product,
          begin: p.GewensteIngangsdatum,
          eind: p.Einddatum,
        })),
        // Only the Wmo text exempts categories 11-14.
        domein === 'wmo' ? STAPELBAAR_WMO : [],
      ),
  },
  voorbeelden: [
    {
      naam: 'twee nieuwe producten van hetzelfde product met overlappende perioden',
      bericht: (s) =>
        s.vow({
          referentie: 'VOW-1',
          ongewijzigd: [1],
          nieuw: [
            { product: s.codes.ander, ingang: '2026-08-01', eind: '2026-12-31' },
            { product: s.codes.ander, ingang: '2026-10-01', eind: '2027-03-31' },
          ],
        }),
      verwacht: { klasse: `${NP}[2]` },
    },
    {
      naam: 'nieuw product zonder code overlapt met een nieuw product met code in dezelfde categorie',
      bericht: (s) =>
        s.vow({
          referentie: 'VOW-1',
          ongewijzigd: [1],
          nieuw: [
            { product: s.codes.ander, ingang: '2026-08-01', eind: '2026-12-31' },
            { product: { Categorie: s.codes.ander.Categorie }, omvang: null, ingang: '2026-09-01', eind: '2026-12-31' },
          ],
        }),
      verwacht: { klasse: `${NP}[2]` },
    },
    {
      naam: 'twee nieuwe producten van hetzelfde product na elkaar',
      geschiedenis: (s) => s.levering(LEVERING),
      bericht: (s) =>
        s.vow({
          referentie: 'VOW-1',
          ongewijzigd: [1],
          nieuw: [
            { product: s.codes.ander, ingang: '2026-08-01', eind: '2026-09-30' },
            { product: s.codes.ander, ingang: '2026-10-01', eind: '2026-12-31' },
          ],
        }),
      verwacht: 'goed',
    },
    {
      naam: 'Wmo: twee hulpmiddelen van hetzelfde product in overlappende perioden',
      domeinen: ['wmo'],
      geschiedenis: (s) => s.levering(LEVERING),
      bericht: (s) =>
        s.vow({
          referentie: 'VOW-1',
          ongewijzigd: [1],
          nieuw: [
            { product: HULPMIDDEL, omvang: STUK, ingang: '2026-08-01', eind: '2026-12-31' },
            { product: HULPMIDDEL, omvang: STUK, ingang: '2026-09-01', eind: '2026-12-31' },
          ],
        }),
      verwacht: 'goed',
    },
  ],
});
