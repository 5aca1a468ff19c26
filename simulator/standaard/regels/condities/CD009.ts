import { regel } from '../regel';
import { contacten } from './klassen';
import { aangepast, toewijzing, toewijzingMetRelatie } from './voorbeeldberichten';

export const CD009 = regel({
  code: 'CD009',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving: 'Een Contact heeft alleen een Periode als het een tijdelijk verblijfadres is (Soort 04).',
  lezing: 'Geldt voor elk Contact in de toewijzing: de contactgegevens van de client en het contact van elke relatie.',
  controles: {
    '301': ({ bericht }) =>
      contacten(bericht).flatMap(({ klasse, contact }) =>
        contact.Periode !== undefined && contact.Soort !== '04'
          ? [{ klasse, element: 'Periode', melding: `Contact met Soort ${contact.Soort} heeft een Periode; dat mag alleen bij Soort 04 (tijdelijk verblijfadres)` }]
          : [],
      ),
  },
  voorbeelden: [
    {
      naam: 'BRP-adres van de client met een periode',
      bericht: (s) =>
        aangepast<'301'>(toewijzing(s), (b) => {
          b.Client.Contactgegevens.Contact[0]!.Periode = { Begindatum: '2020-01-01' };
        }),
      verwacht: { klasse: '/Bericht/Client/Contactgegevens/Contact[1]' },
    },
    {
      naam: 'contact van een relatie met een periode',
      bericht: (s) =>
        toewijzingMetRelatie(s, (r) => {
          r.Contact.Periode = { Begindatum: '2026-06-01', Einddatum: '2026-08-31' };
        }),
      verwacht: { klasse: '/Bericht/Client/Relaties/Relatie[1]/Contact' },
    },
    {
      naam: 'tijdelijk verblijfadres met een periode naast het BRP-adres',
      bericht: (s) =>
        aangepast<'301'>(toewijzing(s), (b) => {
          b.Client.Contactgegevens.Contact.push({
            Soort: '04',
            Adres: { Huis: { Huisnummer: 3 }, Postcode: '1811AB', Straatnaam: 'Dorpsstraat', Plaatsnaam: 'Alkmaar', LandCode: 'NL' },
            Periode: { Begindatum: '2026-06-01', Einddatum: '2026-08-31' },
          });
        }),
      verwacht: 'goed',
    },
  ],
});
