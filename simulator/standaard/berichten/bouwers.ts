/**
 * Builders: a valid message of every type from a few parameters, for tests, the simulator and the
 * scenarios. Defaults give a plausible client of the published examples' kind; everything can be
 * overridden. A retourbericht is built from its heenbericht by mirroring it (`retourbericht`).
 */
import { berichtInfo, berichttype, RETOUR_VAN, type Bericht, type Berichtnummer, type Berichttype } from './catalogus';
import { vandaag } from './datum';
import { BERICHTCODES } from './definities';
import { delenIn, isHerhaald, isSamengesteld, type Samengesteld, type Type } from './model';
import type { Domein } from '../woorden';

export interface Partijen {
  readonly domein: Domein;
  /** Gemeente code (CBS, 4 digits). */
  readonly gemeente: string;
  /** AGB code of the aanbieder (8 digits). */
  readonly aanbieder: string;
}

export const STANDAARD_PARTIJEN: Partijen = { domein: 'wmo', gemeente: '0384', aanbieder: '12345678' };

export interface Kopgegevens {
  /** BerichtIdentificatie/Identificatie; default derived from a counter. */
  readonly identificatie?: string;
  /** BerichtIdentificatie/Dagtekening (YYYY-MM-DD). */
  readonly dagtekening?: string;
}

// A random start per process: simulator processes sharing one database (PostgreSQL) do not hand out the same numbers.
let volgnummer = Math.floor(Math.random() * 1_000_000);
function nieuweIdentificatie(): string {
  volgnummer = (volgnummer + 1) % 1_000_000;
  return `KT${Date.now().toString(36).slice(-4).toUpperCase()}${String(volgnummer).padStart(6, '0')}`;
}

const XSD_VERSIE = { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' };

function kop(p: Partijen, nummer: Berichtnummer, vanGemeente: boolean, k: Kopgegevens) {
  const info = berichtInfo(berichttype(p.domein, nummer));
  return {
    BerichtCode: info.berichtcode,
    BerichtVersie: 3,
    BerichtSubversie: 2,
    Afzender: vanGemeente ? p.gemeente : p.aanbieder,
    Ontvanger: vanGemeente ? p.aanbieder : p.gemeente,
    BerichtIdentificatie: { Identificatie: k.identificatie ?? nieuweIdentificatie(), Dagtekening: k.dagtekening ?? vandaag() },
    XsdVersie: { ...XSD_VERSIE },
  };
}

// ---------------------------------------------------------------------------------------------
// Client data

export type VolledigeClient = Omit<Bericht<'301'>['Client'], 'ToegewezenProducten'>;
export type VerkorteClient = Pick<Bericht<'305'>['Client'], 'Bsn' | 'Geboortedatum' | 'Geslacht' | 'Naam'>;

export const STANDAARD_CLIENT: VolledigeClient = {
  Bsn: '999900006',
  Geboortedatum: { Datum: '2010-02-14' },
  Geslacht: '1',
  Naam: { Geslachtsnaam: { Achternaam: 'Wit', Voorvoegsel: 'de' }, Voornamen: 'Tom', Voorletters: 'T', NaamGebruik: '1' },
  Contactgegevens: {
    Contact: [
      {
        Soort: '01',
        Adres: {
          Huis: { Huisnummer: 9, Huisletter: 'B' },
          Postcode: '9999XX',
          Straatnaam: 'Van Woustraat',
          Plaatsnaam: 'Amsterdam',
          LandCode: 'NL',
        },
      },
    ],
  },
};

export function verkort(c: VolledigeClient): VerkorteClient {
  return {
    Bsn: c.Bsn,
    Geboortedatum: c.Geboortedatum,
    Geslacht: c.Geslacht,
    Naam: {
      Geslachtsnaam: c.Naam.Geslachtsnaam,
      ...(c.Naam.Voornamen !== undefined && { Voornamen: c.Naam.Voornamen }),
      ...(c.Naam.Voorletters !== undefined && { Voorletters: c.Naam.Voorletters }),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Heenberichten

type Product301 = Bericht<'301'>['Client']['ToegewezenProducten']['ToegewezenProduct'][number];
type Product305 = Bericht<'305'>['Client']['StartProducten']['StartProduct'][number];
type Product307 = Bericht<'307'>['Client']['StopProducten']['StopProduct'][number];
type Product315 = Bericht<'315'>['Client']['AangevraagdeProducten']['AangevraagdProduct'][number];
type Prestatie323 = Bericht<'323'>['Declaratie']['Clienten']['Client'][number]['Prestaties']['Prestatie'][number];

interface Gemeenschappelijk extends Kopgegevens {
  readonly partijen?: Partijen;
}

export function toewijzingBericht(o: Gemeenschappelijk & { client?: VolledigeClient; producten: Product301[] }): Bericht<'301'> {
  const p = o.partijen ?? STANDAARD_PARTIJEN;
  return {
    Header: kop(p, '301', true, o),
    Client: { ...(o.client ?? STANDAARD_CLIENT), ToegewezenProducten: { ToegewezenProduct: o.producten } },
  };
}

export function startzorgBericht(o: Gemeenschappelijk & { client?: VerkorteClient; producten: Product305[] }): Bericht<'305'> {
  const p = o.partijen ?? STANDAARD_PARTIJEN;
  return {
    Header: kop(p, '305', false, o),
    Client: { ...(o.client ?? verkort(STANDAARD_CLIENT)), StartProducten: { StartProduct: o.producten } },
  };
}

export function stopzorgBericht(o: Gemeenschappelijk & { client?: VerkorteClient; producten: Product307[] }): Bericht<'307'> {
  const p = o.partijen ?? STANDAARD_PARTIJEN;
  return {
    Header: kop(p, '307', false, o),
    Client: { ...(o.client ?? verkort(STANDAARD_CLIENT)), StopProducten: { StopProduct: o.producten } },
  };
}

export function verzoekOmToewijzingBericht(
  o: Gemeenschappelijk & { client?: VerkorteClient; producten: Product315[]; commentaar?: string; gezagsdragerBekend?: string },
): Bericht<'315'> {
  const p = o.partijen ?? STANDAARD_PARTIJEN;
  return {
    Header: kop(p, '315', false, o),
    Client: {
      ...(o.client ?? verkort(STANDAARD_CLIENT)),
      ...(o.gezagsdragerBekend !== undefined && p.domein === 'jw' && { GezagsdragerBekend: o.gezagsdragerBekend }),
      ...(o.commentaar !== undefined && { Commentaar: o.commentaar }),
      AangevraagdeProducten: { AangevraagdProduct: o.producten },
    },
  };
}

export function verzoekOmWijzigingBericht(o: Gemeenschappelijk & { bsn?: string; verzoek: Bericht<'317'>['Client']['Verzoek'] }): Bericht<'317'> {
  const p = o.partijen ?? STANDAARD_PARTIJEN;
  return { Header: kop(p, '317', false, o), Client: { Bsn: o.bsn ?? STANDAARD_CLIENT.Bsn, Verzoek: o.verzoek } };
}

export function antwoordBericht(o: Gemeenschappelijk & { antwoord: Bericht<'319'>['Antwoord'] }): Bericht<'319'> {
  const p = o.partijen ?? STANDAARD_PARTIJEN;
  return { Header: kop(p, '319', true, o), Antwoord: o.antwoord };
}

export interface DeclaratieClient {
  readonly bsn: string;
  readonly prestaties: Prestatie323[];
}

/** A declaratie; TotaalIngediendBedrag is computed from the prestaties (debet minus credit). */
export function declaratieBericht(
  o: Gemeenschappelijk & { declaratieNummer: string; periode: { Begindatum: string; Einddatum: string }; clienten: DeclaratieClient[] },
): Bericht<'323'> {
  const p = o.partijen ?? STANDAARD_PARTIJEN;
  const totaal = saldo(o.clienten.flatMap((c) => c.prestaties.map((x) => x.IngediendBedrag)));
  return {
    Header: kop(p, '323', false, o),
    Declaratie: {
      DeclaratieNummer: o.declaratieNummer,
      DeclaratiePeriode: o.periode,
      DeclaratieDagtekening: o.dagtekening ?? vandaag(),
      TotaalIngediendBedrag: totaal,
      Clienten: { Client: o.clienten.map((c) => ({ Bsn: c.bsn, Prestaties: { Prestatie: c.prestaties } })) },
    },
  };
}

/** Sum of amounts with debet/credit; a negative balance is a credit total. */
export function saldo(bedragen: readonly { Bedrag: number; DebetCredit: string }[]): { TotaalBedrag: number; DebetCredit: string } {
  const som = bedragen.reduce((s, b) => s + (b.DebetCredit === 'C' ? -b.Bedrag : b.Bedrag), 0);
  return { TotaalBedrag: Math.abs(som), DebetCredit: som < 0 ? 'C' : 'D' };
}

// ---------------------------------------------------------------------------------------------
// Retourberichten

export interface RetourKop {
  readonly identificatieRetour?: string;
  readonly dagtekeningRetour?: string;
  /** Codes in the Header (0001 when the whole message is rejected); omitted when empty. */
  readonly headerCodes?: readonly string[];
}

/**
 * Mirrors a heenbericht (301 ... 319) into its retourbericht, adding to every berichtklasse the codes
 * `codes(pad)` gives for it (the class path as in findings, e.g. /Bericht/Client/StopProducten/StopProduct[1]).
 * With `zonderInhoud` only the Header is returned, as when the whole message is rejected.
 */
export function retourbericht(
  heenType: Berichttype,
  heen: unknown,
  codes: (pad: string, klasse: string) => readonly string[],
  k: RetourKop & { zonderInhoud?: boolean } = {},
): unknown {
  const info = berichtInfo(heenType);
  const nummer = RETOUR_VAN[info.nummer];
  if (!nummer || nummer === '325') throw new Error(`${heenType} heeft geen gespiegeld retourbericht`);
  const retourInfo = berichtInfo(berichttype(info.domein, nummer));
  const h = heen as { Header: Record<string, unknown> } & Record<string, unknown>;
  const header: Record<string, unknown> = {
    ...h.Header,
    BerichtCode: retourInfo.berichtcode,
    IdentificatieRetour: k.identificatieRetour ?? nieuweIdentificatie(),
    DagtekeningRetour: k.dagtekeningRetour ?? vandaag(),
    XsdVersieRetour: { ...XSD_VERSIE },
  };
  if (k.headerCodes?.length) header.RetourCodes = { RetourCode: [...k.headerCodes] };
  const root = retourInfo.model;
  const lichaam = delenIn(root, info.domein)[1]!;
  const uit: Record<string, unknown> = { Header: header };
  if (!k.zonderInhoud && h[lichaam.naam] !== undefined) {
    uit[lichaam.naam] = spiegel(lichaam.type, h[lichaam.naam], `/Bericht/${lichaam.naam}`, info.domein, codes);
  }
  return uit;
}

function spiegel(t: Type, w: unknown, pad: string, d: Domein, codes: (pad: string, klasse: string) => readonly string[]): unknown {
  if (!isSamengesteld(t)) return w;
  const s = t as Samengesteld;
  const o = w as Record<string, unknown>;
  const uit: Record<string, unknown> = {};
  for (const p of delenIn(s, d)) {
    if (p.naam === 'RetourCodes' && s.klasse) continue;
    const v = o[p.naam];
    if (v === undefined) continue;
    uit[p.naam] = isHerhaald(p) ? (v as unknown[]).map((x, i) => spiegel(p.type, x, `${pad}/${p.naam}[${i + 1}]`, d, codes)) : spiegel(p.type, v, `${pad}/${p.naam}`, d, codes);
  }
  if (s.klasse && s.plaats === 'bericht') {
    const c = codes(pad, s.naam);
    uit.RetourCodes = { RetourCode: c.length ? [...c] : ['0200'] };
  }
  return uit;
}

/** The declaratie-antwoord (325) for a declaratie, with the given codes per prestatie and the awarded total. */
export function declaratieAntwoordBericht(
  heen: Bericht<'323'>,
  o: {
    partijen?: Partijen;
    headerCodes: readonly string[];
    /** Codes per prestatie; when omitted the Clienten are left out (a fully approved declaratie, code 8001 in the header). */
    prestatieCodes?: (clientIndex: number, prestatieIndex: number) => readonly string[];
    toegekend: { TotaalBedrag: number; DebetCredit: string };
    declaratieCodes?: readonly string[];
    zonderInhoud?: boolean;
  } & Kopgegevens,
): Bericht<'325'> {
  const p: Partijen = o.partijen ?? {
    domein: heen.Header.BerichtCode === BERICHTCODES.jw['323'] ? 'jw' : 'wmo',
    gemeente: heen.Header.Ontvanger,
    aanbieder: heen.Header.Afzender,
  };
  const antwoord: Bericht<'325'> = {
    Header: {
      ...kop(p, '325', true, o),
      DeclaratieIdentificatie: heen.Header.BerichtIdentificatie,
      XsdVersieDeclaratie: { ...XSD_VERSIE },
      RetourCodes: { RetourCode: [...o.headerCodes] },
    },
  };
  if (o.zonderInhoud) return antwoord;
  const dec = heen.Declaratie;
  const clienten = o.prestatieCodes
    ? dec.Clienten.Client.map((c, ci) => ({
        Bsn: c.Bsn,
        Prestaties: { Prestatie: c.Prestaties.Prestatie.map((x, pi) => ({ ...x, RetourCodes: { RetourCode: [...o.prestatieCodes!(ci, pi)] } })) },
        RetourCodes: { RetourCode: ['0200'] },
      }))
    : undefined;
  antwoord.DeclaratieAntwoord = {
    DeclaratieNummer: dec.DeclaratieNummer,
    TotaalIngediendBedrag: dec.TotaalIngediendBedrag,
    TotaalToegekendBedrag: o.toegekend,
    ...(clienten && { Clienten: { Client: clienten } }),
    RetourCodes: { RetourCode: [...(o.declaratieCodes ?? ['0200'])] },
  };
  return antwoord;
}
