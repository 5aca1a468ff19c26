import { regel } from '../regel';
import { aangepast, toewijzing } from '../condities/voorbeeldberichten';

/** BRP-adres, correspondentieadres, verblijfadres. */
const VASTE_SOORTEN = ['01', '02', '03'];

export const TR061 = regel({
  code: 'TR061',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'De Contactgegevens van de Client bevatten minstens één Contact met Soort 01 (BRP-adres), 02 (correspondentieadres) of 03 (verblijfadres).',
  lezing:
    "Alleen de Contactgegevens van de Client tellen, niet het Contact van een Relatie. Het Contact met zo'n Soort hoeft zelf geen Adres te bevatten; wat een Contact moet bevatten regelen TR006 en de condities.",
  controles: {
    '301': ({ bericht }) => {
      const soorten = bericht.Client.Contactgegevens.Contact.map((c) => c.Soort);
      return soorten.some((s) => VASTE_SOORTEN.includes(s))
        ? []
        : [{ klasse: '/Bericht/Client', element: 'Contactgegevens', melding: `de Client heeft geen Contact met Soort 01, 02 of 03 (wel: ${soorten.join(', ')})` }];
    },
  },
  voorbeelden: [
    {
      naam: 'client met alleen een tijdelijk verblijfadres',
      bericht: (s) =>
        aangepast<'301'>(toewijzing(s), (b) => {
          b.Client.Contactgegevens.Contact = [
            {
              Soort: '04',
              Adres: { Huis: { Huisnummer: 4 }, Postcode: '1111AA', Straatnaam: 'Logeerlaan', Plaatsnaam: 'Diemen', LandCode: 'NL' },
              Periode: { Begindatum: '2026-06-01' },
            },
          ];
        }),
      verwacht: { klasse: '/Bericht/Client' },
    },
    {
      naam: 'client met een tijdelijk verblijfadres naast een correspondentieadres',
      bericht: (s) =>
        aangepast<'301'>(toewijzing(s), (b) => {
          b.Client.Contactgegevens.Contact = [
            {
              Soort: '04',
              Adres: { Huis: { Huisnummer: 4 }, Postcode: '1111AA', Straatnaam: 'Logeerlaan', Plaatsnaam: 'Diemen', LandCode: 'NL' },
              Periode: { Begindatum: '2026-06-01' },
            },
            { Soort: '02', Adres: { Huis: { Huisnummer: 9, Huisletter: 'B' }, Postcode: '9999XX', Straatnaam: 'Van Woustraat', Plaatsnaam: 'Amsterdam', LandCode: 'NL' } },
          ];
        }),
      verwacht: 'goed',
    },
  ],
});
