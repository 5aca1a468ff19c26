import { MET_KOP } from '../condities/klassen';
import { regel, type Overtreding, type RegelContext } from '../regel';

function uniek({ bericht, toestand }: RegelContext): Overtreding[] {
  const h = (bericht as { Header: { Afzender: string; BerichtCode: string; BerichtIdentificatie: { Identificatie: string } } }).Header;
  const id = h.BerichtIdentificatie.Identificatie;
  // Identifications are registered per sender and berichtcode (= berichtsoort) for every message
  // received, also a rejected one: its identification has been used all the same.
  return toestand.identificatieGebruikt(h.Afzender, h.BerichtCode, id)
    ? [
        {
          klasse: '/Bericht/Header',
          element: 'BerichtIdentificatie/Identificatie',
          melding: `Identificatie ${id} is door afzender ${h.Afzender} al eerder gebruikt voor berichtcode ${h.BerichtCode}`,
        },
      ]
    : [];
}

export const TR056 = regel({
  code: 'TR056',
  familie: 'berichtoverstijgend',
  retourcode: '9056',
  omschrijving: 'Een afzender gebruikt elke BerichtIdentificatie/Identificatie maar één keer per berichtsoort.',
  lezing:
    'Berichtsoort is de BerichtCode; eerder gebruikt betekent: in een eerder ontvangen bericht van dezelfde afzender met dezelfde BerichtCode, ook als dat bericht is afgekeurd.',
  controles: Object.fromEntries(MET_KOP.map((n) => [n, uniek])),
  voorbeelden: [
    {
      naam: 'tweede toewijzingsbericht met dezelfde identificatie',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' }, { identificatie: 'TW0001' })],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' }, { identificatie: 'TW0001' }),
      verwacht: { klasse: '/Bericht/Header' },
    },
    {
      naam: 'tweede startbericht met dezelfde identificatie',
      geschiedenis: (s) => [
        s.toewijzing([
          { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' },
          { nummer: 2, ingang: '2026-01-01', eind: '2026-12-31', product: s.codes.ander },
        ]),
        s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05' }, { identificatie: 'ST0001' }),
      ],
      bericht: (s) => s.start({ nummer: 2, ingang: '2026-01-01', begin: '2026-01-05', product: s.codes.ander }, { identificatie: 'ST0001' }),
      verwacht: { klasse: '/Bericht/Header' },
    },
    {
      naam: 'nieuwe identificatie',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' }, { identificatie: 'TW0001' })],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' }, { identificatie: 'TW0002' }),
      verwacht: 'goed',
    },
    {
      naam: 'dezelfde identificatie in een andere berichtsoort',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' }, { identificatie: 'ID0001' })],
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05' }, { identificatie: 'ID0001' }),
      verwacht: 'goed',
    },
  ],
});
