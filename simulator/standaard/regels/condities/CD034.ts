import { regel } from '../regel';
import { contacten } from './klassen';
import { aangepast, toewijzing } from './voorbeeldberichten';

export const CD034 = regel({
  code: 'CD034',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Het Adres van een BRP-adres (Soort 01) of verblijfadres (Soort 03) heeft een Postcode.',
  lezing:
    'De Postcode is een onderdeel van Adres: de conditie wordt getoetst als het Contact een Adres heeft. Een Contact zonder Adres (alleen Telefoon) valt erbuiten. Geldt voor de contacten van de client en van elke relatie.',
  controles: {
    '301': ({ bericht }) =>
      contacten(bericht).flatMap(({ klasse, contact }) =>
        (contact.Soort === '01' || contact.Soort === '03') && contact.Adres && contact.Adres.Postcode === undefined
          ? [{ klasse, element: 'Adres/Postcode', melding: `Adres van Soort ${contact.Soort} zonder Postcode` }]
          : [],
      ),
  },
  voorbeelden: [
    {
      naam: 'verblijfadres zonder postcode',
      bericht: (s) =>
        aangepast<'301'>(toewijzing(s), (b) => {
          b.Client.Contactgegevens.Contact.push({
            Soort: '03',
            Adres: { Huis: { Huisnummer: 12 }, Straatnaam: 'Kerkweg', Plaatsnaam: 'Diemen' },
            Telefoon: { Telefoon01: { Telefoonnummer: '0201234567', Landnummer: '0031' } },
          });
        }),
      verwacht: { klasse: '/Bericht/Client/Contactgegevens/Contact[2]' },
    },
    {
      naam: 'correspondentie-adres zonder postcode',
      bericht: (s) =>
        aangepast<'301'>(toewijzing(s), (b) => {
          b.Client.Contactgegevens.Contact.push({
            Soort: '02',
            Adres: { Huis: { Huisnummer: 12 }, Straatnaam: 'Kerkweg', Plaatsnaam: 'Diemen' },
            Telefoon: { Telefoon01: { Telefoonnummer: '0201234567', Landnummer: '0031' } },
          });
        }),
      verwacht: 'goed',
    },
    {
      naam: 'BRP-adres met postcode',
      bericht: (s) => toewijzing(s),
      verwacht: 'goed',
    },
  ],
});
