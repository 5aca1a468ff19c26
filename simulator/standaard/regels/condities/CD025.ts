import { regel } from '../regel';
import { contacten } from './klassen';
import { toewijzingMetRelatie } from './voorbeeldberichten';

export const CD025 = regel({
  code: 'CD025',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een Adres in Nederland (LandCode NL) heeft een Huis.',
  lezing: 'Geldt voor elk Contact in de toewijzing: de contactgegevens van de client en het contact van elke relatie.',
  controles: {
    '301': ({ bericht }) =>
      contacten(bericht).flatMap(({ klasse, contact }) =>
        contact.Adres?.LandCode === 'NL' && contact.Adres.Huis === undefined ? [{ klasse, element: 'Adres/Huis', melding: 'Adres met LandCode NL zonder Huis (huisnummer)' }] : [],
      ),
  },
  voorbeelden: [
    {
      naam: 'Nederlands adres van een relatie zonder huisnummer',
      bericht: (s) =>
        toewijzingMetRelatie(s, (r) => {
          r.Contact.Adres = { Postcode: '1011AB', Straatnaam: 'Dam', Plaatsnaam: 'Amsterdam', LandCode: 'NL' };
        }),
      verwacht: { klasse: '/Bericht/Client/Relaties/Relatie[1]/Contact' },
    },
    {
      naam: 'Nederlands adres met huisnummer',
      bericht: (s) => toewijzingMetRelatie(s),
      verwacht: 'goed',
    },
    {
      naam: 'Belgisch adres zonder huisnummer',
      bericht: (s) =>
        toewijzingMetRelatie(s, (r) => {
          r.Contact.Adres = { Postcode: '2000', Plaatsnaam: 'Antwerpen', LandCode: 'BE' };
        }),
      verwacht: 'goed',
    },
  ],
});
