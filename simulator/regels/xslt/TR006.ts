import type { Bericht } from '../../berichten/catalogus';
import { regel } from '../regel';
import { aangepast } from './hulp';

type Contact = Bericht<'301'>['Client']['Contactgegevens']['Contact'][number];

/** A Contact can be reached: a Telefoon, or an address with both Huis and Postcode. */
const bereikbaar = (c: Contact) => c.Telefoon !== undefined || (c.Adres?.Huis !== undefined && c.Adres?.Postcode !== undefined);

const melding = (c: Contact) =>
  `Contact met Soort ${c.Soort} bevat geen Telefoon en niet de combinatie Huis en Postcode` +
  (c.Adres ? ` (Huis ${c.Adres.Huis ? 'aanwezig' : 'ontbreekt'}, Postcode ${c.Adres.Postcode ?? 'ontbreekt'})` : ' (geen Adres)');

const TOEWIJZING = { nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', toewijzingsdatum: '2026-05-28' };

export const TR006 = regel({
  code: 'TR006',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'Elk Contact bevat een Telefoon, of een Adres met zowel Huis als Postcode, of beide.',
  lezing: 'Geldt voor elk Contact in het toewijzingsbericht: de Contactgegevens van de Client en het Contact van elke Relatie.',
  controles: {
    '301': ({ bericht }) => [
      ...bericht.Client.Contactgegevens.Contact.flatMap((c, i) =>
        bereikbaar(c) ? [] : [{ klasse: `/Bericht/Client/Contactgegevens/Contact[${i + 1}]`, melding: melding(c) }],
      ),
      ...(bericht.Client.Relaties?.Relatie ?? []).flatMap((r, i) =>
        bereikbaar(r.Contact) ? [] : [{ klasse: `/Bericht/Client/Relaties/Relatie[${i + 1}]/Contact`, melding: melding(r.Contact) }],
      ),
    ],
  },
  voorbeelden: [
    {
      naam: 'correspondentieadres met alleen een e-mailadres',
      bericht: (s) =>
        aangepast<'301'>(s.toewijzing(TOEWIJZING), (b) => {
          b.Client.Contactgegevens.Contact.push({ Soort: '02', Emailadres: 'tom@example.nl' });
        }),
      verwacht: { klasse: '/Bericht/Client/Contactgegevens/Contact[2]' },
    },
    {
      naam: 'relatie met een adres zonder postcode en zonder telefoon',
      bericht: (s) =>
        aangepast<'301'>(s.toewijzing(TOEWIJZING), (b) => {
          b.Client.Relaties = {
            Relatie: [
              {
                Nummer: 'R1',
                Soort: '10',
                Naam: { Geslachtsnaam: { Achternaam: 'Wit' }, Voorletters: 'A', NaamGebruik: '1' },
                Contact: { Soort: '02', Adres: { Straatnaam: 'Dorpsstraat', Plaatsnaam: 'Diemen' } },
              },
            ],
          };
        }),
      verwacht: { klasse: '/Bericht/Client/Relaties/Relatie[1]/Contact' },
    },
    {
      naam: 'BRP-adres met huis en postcode en een correspondentieadres met alleen een telefoonnummer',
      bericht: (s) =>
        aangepast<'301'>(s.toewijzing(TOEWIJZING), (b) => {
          b.Client.Contactgegevens.Contact.push({ Soort: '02', Telefoon: { Telefoon01: { Telefoonnummer: '0201234567', Landnummer: '0031' } } });
        }),
      verwacht: 'goed',
    },
  ],
});
