import { regel } from '../regel';
import { contacten } from './klassen';
import { aangepast, toewijzing, toewijzingMetRelatie } from './voorbeeldberichten';

export const CD005 = regel({
  code: 'CD005',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een Adres bij een Contact heeft een LandCode als er een Postcode in staat, en geen LandCode als er geen Postcode in staat.',
  lezing: 'Geldt voor elk Contact in de toewijzing: de contactgegevens van de client en het contact van elke relatie. Zonder Adres is er niets te toetsen.',
  controles: {
    '301': ({ bericht }) =>
      contacten(bericht).flatMap(({ klasse, contact }) => {
        const a = contact.Adres;
        if (!a) return [];
        if (a.Postcode !== undefined && a.LandCode === undefined) {
          return [{ klasse, element: 'Adres/LandCode', melding: `Adres heeft Postcode ${a.Postcode} maar geen LandCode` }];
        }
        if (a.Postcode === undefined && a.LandCode !== undefined) {
          return [{ klasse, element: 'Adres/LandCode', melding: `Adres heeft LandCode ${a.LandCode} maar geen Postcode` }];
        }
        return [];
      }),
  },
  voorbeelden: [
    {
      naam: 'adres van de client met postcode maar zonder landcode',
      bericht: (s) =>
        aangepast<'301'>(toewijzing(s), (b) => {
          delete b.Client.Contactgegevens.Contact[0]!.Adres!.LandCode;
        }),
      verwacht: { klasse: '/Bericht/Client/Contactgegevens/Contact[1]' },
    },
    {
      naam: 'buitenlands correspondentie-adres van een relatie met landcode maar zonder postcode',
      bericht: (s) =>
        toewijzingMetRelatie(s, (r) => {
          r.Contact.Soort = '02';
          r.Contact.Adres = { Straatnaam: 'Rue Haute', Plaatsnaam: 'Brussel', LandCode: 'BE' };
        }),
      verwacht: { klasse: '/Bericht/Client/Relaties/Relatie[1]/Contact' },
    },
    {
      naam: 'adressen met postcode en landcode',
      bericht: (s) => toewijzingMetRelatie(s),
      verwacht: 'goed',
    },
    {
      naam: 'buitenlands correspondentie-adres van een relatie zonder postcode en zonder landcode',
      bericht: (s) =>
        toewijzingMetRelatie(s, (r) => {
          r.Contact.Soort = '02';
          r.Contact.Adres = { Straatnaam: 'Rue Haute', Plaatsnaam: 'Brussel' };
        }),
      verwacht: 'goed',
    },
  ],
});
