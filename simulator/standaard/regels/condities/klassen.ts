/**
 * Uniform views on the berichtklassen that several conditions and constraints look at: the four
 * product classes (ToegewezenProduct, AangevraagdProduct, TeWijzigenProduct, NieuwProduct), the
 * Contact classes of a toewijzing, the persons with a name and a birth date, the prestaties of a
 * declaratie (-antwoord), and the messages with a Header. Not a rule: the catalogue only loads files named after a rule code.
 */
import { HEENBERICHTEN, type Bericht, type Berichtnummer } from '../../berichten/catalogus';
import { antwoordPrestatiesVan, prestatiesVan, type PrestatieInBericht } from '../berichtoverstijgend/declaratiehulp';
import type { Overtreding, RegelContext } from '../regel';

export type Omvang = { Volume: number; Eenheid: string; Frequentie: string };
export type Product = { Categorie: string; Code?: string };

export type ProductSoort = 'ToegewezenProduct' | 'AangevraagdProduct' | 'TeWijzigenProduct' | 'NieuwProduct';

export interface Productregel {
  readonly soort: ProductSoort;
  /** Path of the class: /Bericht/Client/ToegewezenProducten/ToegewezenProduct[1] */
  readonly klasse: string;
  /** Undefined in a TeWijzigenProduct, which has no Product element: its product is that of the toewijzing. */
  readonly product: Product | undefined;
  /** The date the product (or the change) starts: Ingangsdatum, ToewijzingIngangsdatum, GewensteIngangsdatum. */
  readonly ingang: { readonly element: string; readonly datum: string };
  /** The end date: Einddatum, or ToewijzingEinddatum in an AangevraagdProduct. */
  readonly eind: { readonly element: string; readonly datum: string | undefined };
  readonly omvang: Omvang | undefined;
  readonly budget: number | undefined;
}

type Productvelden = { Product?: Product; Omvang?: Omvang; Budget?: number };

/** One product class; `ingang` and `eind` are [element name, date]. */
function productregel(soort: ProductSoort, klasse: string, p: Productvelden, ingang: [string, string], eind: [string, string | undefined]): Productregel {
  return { soort, klasse, product: p.Product, ingang: { element: ingang[0], datum: ingang[1] }, eind: { element: eind[0], datum: eind[1] }, omvang: p.Omvang, budget: p.Budget };
}

/** The product classes of a 301, 315 or 317; none for other messages. */
function productregels(ctx: RegelContext): Productregel[] {
  switch (ctx.nummer) {
    case '301':
      return (ctx.bericht as Bericht<'301'>).Client.ToegewezenProducten.ToegewezenProduct.map((p, i) =>
        productregel('ToegewezenProduct', `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i + 1}]`, p, ['Ingangsdatum', p.Ingangsdatum], ['Einddatum', p.Einddatum]),
      );
    case '315':
      return (ctx.bericht as Bericht<'315'>).Client.AangevraagdeProducten.AangevraagdProduct.map((p, i) =>
        productregel(
          'AangevraagdProduct',
          `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]`,
          p,
          ['ToewijzingIngangsdatum', p.ToewijzingIngangsdatum],
          ['ToewijzingEinddatum', p.ToewijzingEinddatum],
        ),
      );
    case '317': {
      const v = (ctx.bericht as Bericht<'317'>).Client.Verzoek;
      return [
        ...(v.TeWijzigenProducten?.TeWijzigenProduct ?? []).map((p, i) =>
          productregel(
            'TeWijzigenProduct',
            `/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[${i + 1}]`,
            p,
            ['GewensteIngangsdatum', p.GewensteIngangsdatum],
            ['Einddatum', p.Einddatum],
          ),
        ),
        ...(v.NieuweProducten?.NieuwProduct ?? []).map((p, i) =>
          productregel(
            'NieuwProduct',
            `/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[${i + 1}]`,
            p,
            ['GewensteIngangsdatum', p.GewensteIngangsdatum],
            ['Einddatum', p.Einddatum],
          ),
        ),
      ];
    }
    default:
      return [];
  }
}

/**
 * Products that ended on or before 31-12-2020, before iWmo/iJw 3.0, keep what they had then
 * (CD080, CD095, CD096, CS338, CS343).
 */
export const eindigdeVoor2021 = (p: Productregel): boolean => p.eind.datum !== undefined && p.eind.datum <= '2020-12-31';

/**
 * Controls for a rule on product classes: `toets` runs on every class of the given kinds and returns
 * the finding (element and melding) or nothing.
 */
export function productcontroles(
  soorten: readonly ProductSoort[],
  toets: (p: Productregel, ctx: RegelContext) => { element: string; melding: string } | undefined,
): Partial<Record<Berichtnummer, (ctx: RegelContext) => Overtreding[]>> {
  const nummers: Berichtnummer[] = [];
  if (soorten.includes('ToegewezenProduct')) nummers.push('301');
  if (soorten.includes('AangevraagdProduct')) nummers.push('315');
  if (soorten.includes('TeWijzigenProduct') || soorten.includes('NieuwProduct')) nummers.push('317');
  const controle = (ctx: RegelContext): Overtreding[] =>
    productregels(ctx)
      .filter((p) => soorten.includes(p.soort))
      .flatMap((p) => {
        const f = toets(p, ctx);
        return f ? [{ klasse: p.klasse, ...f }] : [];
      });
  return voorBerichten(nummers, controle);
}

/** The same check for every listed message. */
export function voorBerichten(
  nummers: readonly Berichtnummer[],
  controle: (ctx: RegelContext) => Overtreding[],
): Partial<Record<Berichtnummer, (ctx: RegelContext) => Overtreding[]>> {
  return Object.fromEntries(nummers.map((n) => [n, controle]));
}

/** Every message with a Header of its own: the heenberichten and the declaratie-antwoord. */
export const MET_KOP: readonly Berichtnummer[] = [...HEENBERICHTEN, '325'];

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

/** An amount with its sign: credit counts negative. */
export const metTeken = (bedrag: number, b: { DebetCredit: string }): number => (b.DebetCredit === 'C' ? -bedrag : bedrag);

/** Every Prestatie of a 323 or 325 with its client and class path (a 325 carries them with RetourCodes added). */
export function prestaties(ctx: RegelContext): readonly PrestatieInBericht[] {
  if (ctx.nummer === '323') return prestatiesVan(ctx.bericht as Bericht<'323'>);
  return ctx.nummer === '325' ? antwoordPrestatiesVan(ctx.bericht as Bericht<'325'>) : [];
}
