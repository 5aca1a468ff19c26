import { regel } from '../regel';
import { gestapeld, STAPELBAAR_WMO } from './hulp';

const AP = '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct';
const HULPMIDDEL = { Categorie: '13', Code: '13A01' };
const STUK = { Volume: 1, Eenheid: '82', Frequentie: '6' };

export const TR386 = regel({
  code: 'TR386',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving:
    'Hetzelfde product komt alleen vaker in een verzoek om toewijzing voor als de gevraagde perioden (ToewijzingIngangsdatum t/m ToewijzingEinddatum) elkaar niet overlappen. ' +
    'Zonder productcode wordt op categorie vergeleken; een aangevraagd product zonder product mag met geen enkel ander overlappen.',
  lezing:
    'Vergeleken worden de AangevraagdeProducten onderling. Wmo: categorie 11 tot en met 14 mag overlappen, ook met een aanvraag zonder product; Jw kent die uitzondering niet. ' +
    'Zonder ToewijzingEinddatum loopt de periode open door. De overtreding staat op het latere AangevraagdProduct.',
  controles: {
    '315': ({ bericht, domein }) =>
      gestapeld(
        bericht.Client.AangevraagdeProducten.AangevraagdProduct.map((p, i) => ({
          klasse: `${AP}[${i + 1}]`,
          product: p.Product,
          begin: p.ToewijzingIngangsdatum,
          eind: p.ToewijzingEinddatum,
        })),
        // Only the Wmo text exempts categories 11-14.
        domein === 'wmo' ? STAPELBAAR_WMO : [],
      ),
  },
  voorbeelden: [
    {
      naam: 'twee aanvragen voor hetzelfde product met overlappende perioden',
      bericht: (s) =>
        s.vot([
          { referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' },
          { referentie: 'VOT-2', ingang: '2026-11-01', eind: '2027-04-30' },
        ]),
      verwacht: { klasse: `${AP}[2]` },
    },
    {
      naam: 'aanvraag zonder product (budget) naast een aanvraag met product in dezelfde periode',
      bericht: (s) =>
        s.vot([
          { referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31', product: s.codes.ander },
          { referentie: 'VOT-2', ingang: '2026-08-01', eind: '2026-12-31', product: null, budget: 150000 },
        ]),
      verwacht: { klasse: `${AP}[2]` },
    },
    {
      naam: 'twee aanvragen voor hetzelfde product na elkaar',
      bericht: (s) =>
        s.vot([
          { referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-10-31' },
          { referentie: 'VOT-2', ingang: '2026-11-01', eind: '2027-04-30' },
        ]),
      verwacht: 'goed',
    },
    {
      naam: 'twee aanvragen voor verschillende producten in dezelfde periode',
      bericht: (s) =>
        s.vot([
          { referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' },
          { referentie: 'VOT-2', ingang: '2026-08-01', eind: '2026-12-31', product: s.codes.ander },
        ]),
      verwacht: 'goed',
    },
    {
      naam: 'Wmo: twee woonvoorzieningen in dezelfde periode',
      domeinen: ['wmo'],
      bericht: (s) =>
        s.vot([
          { referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31', product: HULPMIDDEL, omvang: STUK },
          { referentie: 'VOT-2', ingang: '2026-08-01', eind: '2026-12-31', product: HULPMIDDEL, omvang: STUK },
        ]),
      verwacht: 'goed',
    },
  ],
});
