/**
 * Uniform views on the berichtklassen that several conditions and constraints look at: the four
 * product classes (ToegewezenProduct, AangevraagdProduct, TeWijzigenProduct, NieuwProduct), the
 * Contact classes of a toewijzing, the persons with a name and a birth date, and the prestaties of a
 * declaratie (-antwoord). Not a rule: the catalogue only loads files named after a rule code.
 */
import type { Bericht, Berichtnummer } from '../../berichten/catalogus';
import type { Overtreding, RegelContext } from '../regel';

export type Omvang = { Volume: number; Eenheid: string; Frequentie: string };
export type Product = { Categorie: string; Code?: string };

export type ProductSoort = 'ToegewezenProduct' | 'AangevraagdProduct' | 'TeWijzigenProduct' | 'NieuwProduct';

export interface Productregel {
  readonly soort: ProductSoort;
  /** Path of the class: /Bericht/Client/ToegewezenProducten/ToegewezenProduct[1] */
  readonly klasse: string;
  /** TeWijzigenProduct has no Product element: the product is that of the toewijzing. */
  readonly heeftProductElement: boolean;
  readonly product: Product | undefined;
  /** The date the product (or the change) starts: Ingangsdatum, ToewijzingIngangsdatum, GewensteIngangsdatum. */
  readonly ingang: { readonly element: string; readonly datum: string };
  /** The end date: Einddatum, or ToewijzingEinddatum in an AangevraagdProduct. */
  readonly eind: { readonly element: string; readonly datum: string | undefined };
  readonly omvang: Omvang | undefined;
  readonly budget: number | undefined;
}

/** The product classes of a 301, 315 or 317; none for other messages. */
export function productregels(ctx: RegelContext): Productregel[] {
  switch (ctx.nummer) {
    case '301':
      return (ctx.bericht as Bericht<'301'>).Client.ToegewezenProducten.ToegewezenProduct.map((p, i) => ({
        soort: 'ToegewezenProduct',
        klasse: `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i + 1}]`,
        heeftProductElement: true,
        product: p.Product,
        ingang: { element: 'Ingangsdatum', datum: p.Ingangsdatum },
        eind: { element: 'Einddatum', datum: p.Einddatum },
        omvang: p.Omvang,
        budget: p.Budget,
      }));
    case '315':
      return (ctx.bericht as Bericht<'315'>).Client.AangevraagdeProducten.AangevraagdProduct.map((p, i) => ({
        soort: 'AangevraagdProduct',
        klasse: `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]`,
        heeftProductElement: true,
        product: p.Product,
        ingang: { element: 'ToewijzingIngangsdatum', datum: p.ToewijzingIngangsdatum },
        eind: { element: 'ToewijzingEinddatum', datum: p.ToewijzingEinddatum },
        omvang: p.Omvang,
        budget: p.Budget,
      }));
    case '317': {
      const v = (ctx.bericht as Bericht<'317'>).Client.Verzoek;
      const teWijzigen: Productregel[] = (v.TeWijzigenProducten?.TeWijzigenProduct ?? []).map((p, i) => ({
        soort: 'TeWijzigenProduct',
        klasse: `/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[${i + 1}]`,
        heeftProductElement: false,
        product: undefined,
        ingang: { element: 'GewensteIngangsdatum', datum: p.GewensteIngangsdatum },
        eind: { element: 'Einddatum', datum: p.Einddatum },
        omvang: p.Omvang,
        budget: p.Budget,
      }));
      const nieuw: Productregel[] = (v.NieuweProducten?.NieuwProduct ?? []).map((p, i) => ({
        soort: 'NieuwProduct',
        klasse: `/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[${i + 1}]`,
        heeftProductElement: true,
        product: p.Product,
        ingang: { element: 'GewensteIngangsdatum', datum: p.GewensteIngangsdatum },
        eind: { element: 'Einddatum', datum: p.Einddatum },
        omvang: p.Omvang,
        budget: p.Budget,
      }));
      return [...teWijzigen, ...nieuw];
    }
    default:
      return [];
  }
}

/**
 * Controls for a rule on product classes: `toets` runs on every class of the given kinds and returns
 * the finding (element and melding) or nothing.
 */
export function productcontroles(
  soorten: readonly ProductSoort[],
  toets: (p: Productregel) => { element: string; melding: string } | undefined,
): Partial<Record<Berichtnummer, (ctx: RegelContext) => Overtreding[]>> {
  const nummers: Berichtnummer[] = [];
  if (soorten.includes('ToegewezenProduct')) nummers.push('301');
  if (soorten.includes('AangevraagdProduct')) nummers.push('315');
  if (soorten.includes('TeWijzigenProduct') || soorten.includes('NieuwProduct')) nummers.push('317');
  const controle = (ctx: RegelContext): Overtreding[] =>
    productregels(ctx)
      .filter((p) => soorten.includes(p.soort))
      .flatMap((p) => {
        const f = toets(p);
        return f ? [{ klasse: p.klasse, ...f }] : [];
      });
  return Object.fromEntries(nummers.map((n) => [n, controle]));
}

/** The same check for every listed message. */
export function voorBerichten(
  nummers: readonly Berichtnummer[],
  controle: (ctx: RegelContext) => Overtreding[],
): Partial<Record<Berichtnummer, (ctx: RegelContext) => Overtreding[]>> {
  return Object.fromEntries(nummers.map((n) => [n, controle]));
}

// ---------------------------------------------------------------------------------------------
// Toewijzing (301): contacts and persons

export type Contact = Bericht<'301'>['Client']['Contactgegevens']['Contact'][number];

/** Every Contact class of a toewijzing: the client's contactgegevens and each relatie's contact. */
export function contacten(b: Bericht<'301'>): { klasse: string; contact: Contact }[] {
  return [
    ...b.Client.Contactgegevens.Contact.map((contact, i) => ({ klasse: `/Bericht/Client/Contactgegevens/Contact[${i + 1}]`, contact })),
    ...(b.Client.Relaties?.Relatie ?? []).map((r, i) => ({ klasse: `/Bericht/Client/Relaties/Relatie[${i + 1}]/Contact`, contact: r.Contact })),
  ];
}

export type Geboortedatum = { Datum: string; DatumGebruik?: string };

/** The persons with a Geboortedatum: the client (301, 305, 307, 315) and, in a 301, each relatie. */
export function geboortedata(ctx: RegelContext): { klasse: string; geboortedatum: Geboortedatum }[] {
  const uit: { klasse: string; geboortedatum: Geboortedatum }[] = [];
  const client = (ctx.bericht as { Client?: { Geboortedatum?: Geboortedatum } }).Client;
  if (client?.Geboortedatum) uit.push({ klasse: '/Bericht/Client', geboortedatum: client.Geboortedatum });
  if (ctx.nummer === '301') {
    (ctx.bericht as Bericht<'301'>).Client.Relaties?.Relatie.forEach((r, i) => {
      if (r.Geboortedatum) uit.push({ klasse: `/Bericht/Client/Relaties/Relatie[${i + 1}]`, geboortedatum: r.Geboortedatum });
    });
  }
  return uit;
}

export type VolledigeNaam = Bericht<'301'>['Client']['Naam'];

/** The full names in a toewijzing: the client's and each relatie's. */
export function namen(b: Bericht<'301'>): { klasse: string; wie: string; naam: VolledigeNaam }[] {
  return [
    { klasse: '/Bericht/Client', wie: 'client', naam: b.Client.Naam },
    ...(b.Client.Relaties?.Relatie ?? []).map((r, i) => ({ klasse: `/Bericht/Client/Relaties/Relatie[${i + 1}]`, wie: `relatie ${r.Nummer}`, naam: r.Naam })),
  ];
}

// ---------------------------------------------------------------------------------------------
// Declaratie (323) and declaratie-antwoord (325)

export type Prestatie = Bericht<'323'>['Declaratie']['Clienten']['Client'][number]['Prestaties']['Prestatie'][number];

/** Every Prestatie of a 323 or 325 with the path of its class. */
export function prestaties(ctx: RegelContext): { klasse: string; prestatie: Prestatie }[] {
  const pad = ctx.nummer === '323' ? '/Bericht/Declaratie' : '/Bericht/DeclaratieAntwoord';
  const b = ctx.bericht as { Declaratie?: { Clienten?: { Client: { Prestaties: { Prestatie: Prestatie[] } }[] } }; DeclaratieAntwoord?: { Clienten?: { Client: { Prestaties: { Prestatie: Prestatie[] } }[] } } };
  const d = ctx.nummer === '323' ? b.Declaratie : ctx.nummer === '325' ? b.DeclaratieAntwoord : undefined;
  return (d?.Clienten?.Client ?? []).flatMap((c, ci) =>
    c.Prestaties.Prestatie.map((prestatie, pi) => ({ klasse: `${pad}/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]`, prestatie })),
  );
}
