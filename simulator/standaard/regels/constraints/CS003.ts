import type { Bericht } from '../../berichten/catalogus';
import { regel, type Overtreding, type RegelContext } from '../regel';
import { contacten, productcontroles } from '../condities/klassen';
import { aangepast, aanvraag, nieuwProduct, toewijzing, wijziging } from '../condities/voorbeeldberichten';

const producten = productcontroles(['ToegewezenProduct', 'AangevraagdProduct', 'TeWijzigenProduct', 'NieuwProduct'], (p) =>
  p.eind.datum !== undefined && p.eind.datum < p.ingang.datum
    ? { element: p.eind.element, melding: `${p.eind.element} ${p.eind.datum} ligt vóór ${p.ingang.element} ${p.ingang.datum}` }
    : undefined,
);

/** The 301 also has the Periode of each Contact (a temporary address). */
function toewijzingsperioden(ctx: RegelContext): Overtreding[] {
  const periodes = contacten(ctx.bericht as Bericht<'301'>).flatMap(({ klasse, contact }) => {
    const p = contact.Periode;
    return p?.Begindatum !== undefined && p.Einddatum !== undefined && p.Einddatum < p.Begindatum
      ? [{ klasse, element: 'Periode/Einddatum', melding: `Einddatum ${p.Einddatum} van de Periode ligt vóór de Begindatum ${p.Begindatum}` }]
      : [];
  });
  return [...periodes, ...producten['301']!(ctx)];
}

const TIJDELIJK_ADRES = {
  Soort: '04',
  Adres: { Huis: { Huisnummer: 3 }, Postcode: '1811AB', Straatnaam: 'Dorpsstraat', Plaatsnaam: 'Alkmaar', LandCode: 'NL' },
};

export const CS003 = regel({
  code: 'CS003',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving: 'Een einddatum ligt niet vóór de begin- of ingangsdatum van dezelfde periode.',
  lezing:
    'Getoetst: Periode van een Contact (Einddatum tegen Begindatum, als beide er zijn); Einddatum van een ToegewezenProduct tegen de Ingangsdatum; ' +
    'ToewijzingEinddatum van een AangevraagdProduct tegen de ToewijzingIngangsdatum; Einddatum van een TeWijzigenProduct of NieuwProduct tegen de GewensteIngangsdatum. ' +
    'Gelijke datums zijn toegestaan.',
  controles: { ...producten, '301': toewijzingsperioden },
  voorbeelden: [
    {
      naam: 'toewijzing die eindigt vóór de ingangsdatum',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-05-31' }),
      verwacht: { klasse: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]' },
    },
    {
      naam: 'toewijzing die eindigt op de ingangsdatum',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-06-01' }),
      verwacht: 'goed',
    },
    {
      naam: 'tijdelijk adres dat eindigt vóór het begint',
      bericht: (s) =>
        aangepast<'301'>(toewijzing(s), (b) => {
          b.Client.Contactgegevens.Contact.push({ ...TIJDELIJK_ADRES, Periode: { Begindatum: '2026-08-01', Einddatum: '2026-07-01' } });
        }),
      verwacht: { klasse: '/Bericht/Client/Contactgegevens/Contact[2]' },
    },
    {
      naam: 'tijdelijk adres van juni tot en met augustus',
      bericht: (s) =>
        aangepast<'301'>(toewijzing(s), (b) => {
          b.Client.Contactgegevens.Contact.push({ ...TIJDELIJK_ADRES, Periode: { Begindatum: '2026-06-01', Einddatum: '2026-08-31' } });
        }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om toewijzing met een einddatum vóór de ingangsdatum',
      bericht: (s) => aanvraag(s, { eind: '2026-06-30' }),
      verwacht: { klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]' },
    },
    {
      naam: 'verzoek om toewijzing van juli tot het eind van het jaar',
      bericht: (s) => aanvraag(s),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om wijziging met een einddatum vóór de gewenste ingangsdatum',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => wijziging(s, { eind: '2026-06-30' }),
      verwacht: { klasse: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]' },
    },
    {
      naam: 'verzoek om wijziging van juli tot het eind van het jaar',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => wijziging(s),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om een nieuw product met een einddatum vóór de gewenste ingangsdatum',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => nieuwProduct(s, { eind: '2026-06-30' }),
      verwacht: { klasse: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]' },
    },
    {
      naam: 'verzoek om een nieuw product van juli tot het eind van het jaar',
      geschiedenis: (s) => [toewijzing(s)],
      bericht: (s) => nieuwProduct(s),
      verwacht: 'goed',
    },
  ],
});
