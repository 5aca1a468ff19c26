import { regel } from '../regel';
import { contacten } from '../condities/klassen';
import { toewijzingMetRelatie } from '../condities/voorbeeldberichten';

/** Four digits, the first not 0, then two capital letters, without a space: 1011AB. */
const NEDERLANDSE_POSTCODE = /^[1-9][0-9]{3}[A-Z]{2}$/;

export const CS089 = regel({
  code: 'CS089',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving: 'De Postcode van een adres in Nederland (LandCode NL) heeft de vorm van een Nederlandse postcode.',
  lezing:
    'Een Nederlandse postcode is vier cijfers (de eerste geen 0) en twee hoofdletters, zonder spatie: 1011AB. Getoetst als er een Postcode is; ' +
    'of die er moet zijn, zeggen CD005 en CD034. Geldt voor de contacten van de client en van elke relatie.',
  controles: {
    '301': ({ bericht }) =>
      contacten(bericht).flatMap(({ klasse, contact }) => {
        const a = contact.Adres;
        return a?.LandCode === 'NL' && a.Postcode !== undefined && !NEDERLANDSE_POSTCODE.test(a.Postcode)
          ? [
              {
                klasse,
                element: 'Adres/Postcode',
                melding: `Postcode '${a.Postcode}' bij LandCode NL is geen Nederlandse postcode (vier cijfers en twee hoofdletters, zoals 1011AB)`,
              },
            ]
          : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'Belgische postcode bij landcode NL',
      bericht: (s) =>
        toewijzingMetRelatie(s, (r) => {
          r.Contact.Adres = { Huis: { Huisnummer: 1 }, Postcode: '2000', Plaatsnaam: 'Antwerpen', LandCode: 'NL' };
        }),
      verwacht: { klasse: '/Bericht/Client/Relaties/Relatie[1]/Contact' },
    },
    {
      naam: 'Nederlandse postcode bij landcode NL',
      bericht: (s) => toewijzingMetRelatie(s),
      verwacht: 'goed',
    },
    {
      naam: 'Belgische postcode bij landcode BE',
      bericht: (s) =>
        toewijzingMetRelatie(s, (r) => {
          r.Contact.Adres = { Huis: { Huisnummer: 1 }, Postcode: '2000', Plaatsnaam: 'Antwerpen', LandCode: 'BE' };
        }),
      verwacht: 'goed',
    },
  ],
});
