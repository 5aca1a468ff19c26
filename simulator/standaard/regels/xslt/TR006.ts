import { contacten, type Contact } from '../condities/klassen';
import { aangepast, toewijzing, toewijzingMetRelatie } from '../condities/voorbeeldberichten';
import { regel } from '../regel';

/** A Contact can be reached: a Telefoon, or an address with both Huis and Postcode. */
const bereikbaar = (c: Contact) => c.Telefoon !== undefined || (c.Adres?.Huis !== undefined && c.Adres?.Postcode !== undefined);

const melding = (c: Contact) =>
  `Contact met Soort ${c.Soort} bevat geen Telefoon en niet de combinatie Huis en Postcode` +
  (c.Adres ? ` (Huis ${c.Adres.Huis ? 'aanwezig' : 'ontbreekt'}, Postcode ${c.Adres.Postcode ?? 'ontbreekt'})` : ' (geen Adres)');

export const TR006 = regel({
  code: 'TR006',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'Elk Contact bevat een Telefoon, of een Adres met zowel Huis als Postcode, of beide.',
  lezing: 'Geldt voor elk Contact in het toewijzingsbericht: de Contactgegevens van de Client en het Contact van elke Relatie.',
  controles: {
    '301': ({ bericht }) => contacten(bericht).flatMap(({ klasse, contact }) => (bereikbaar(contact) ? [] : [{ klasse, melding: melding(contact) }])),
  },
  voorbeelden: [
    {
      naam: 'correspondentieadres met alleen een e-mailadres',
      bericht: (s) =>
        aangepast<'301'>(toewijzing(s), (b) => {
          b.Client.Contactgegevens.Contact.push({ Soort: '02', Emailadres: 'tom@example.nl' });
        }),
      verwacht: { klasse: '/Bericht/Client/Contactgegevens/Contact[2]' },
    },
    {
      naam: 'relatie met een adres zonder postcode en zonder telefoon',
      bericht: (s) => toewijzingMetRelatie(s, (r) => void (r.Contact = { Soort: '02', Adres: { Straatnaam: 'Dorpsstraat', Plaatsnaam: 'Diemen' } })),
      verwacht: { klasse: '/Bericht/Client/Relaties/Relatie[1]/Contact' },
    },
    {
      naam: 'BRP-adres met huis en postcode en een correspondentieadres met alleen een telefoonnummer',
      bericht: (s) =>
        aangepast<'301'>(toewijzing(s), (b) => {
          b.Client.Contactgegevens.Contact.push({ Soort: '02', Telefoon: { Telefoon01: { Telefoonnummer: '0201234567', Landnummer: '0031' } } });
        }),
      verwacht: 'goed',
    },
  ],
});
