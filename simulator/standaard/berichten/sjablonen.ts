/**
 * Message templates in the domain's words, with defaults that suit the domain (product categories,
 * reden beëindiging codes): what rule examples, scenarios and simulator actions build messages with.
 * `toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-06-30' })` is a complete, valid 301.
 */
import {
  antwoordBericht,
  declaratieBericht,
  STANDAARD_CLIENT,
  STANDAARD_PARTIJEN,
  startzorgBericht,
  stopzorgBericht,
  toewijzingBericht,
  verkort,
  verzoekOmToewijzingBericht,
  verzoekOmWijzigingBericht,
  type Partijen,
  type VolledigeClient,
} from './bouwers';
import type { Bericht, Genummerd } from './catalogus';
import { eersteDag, laatsteDag, vandaag } from './datum';
import type { Domein } from '../woorden';

/** A message a template builds, with its number (typed by it). */
export type Stap = Genummerd;

export interface Product {
  readonly Categorie: string;
  readonly Code?: string;
}

export interface Omvang {
  readonly Volume: number;
  readonly Eenheid: string;
  readonly Frequentie: string;
}

/** Codes that differ between the domains, by their meaning. */
export const DOMEINCODES = {
  wmo: {
    product: { Categorie: '07', Code: '07A12' },
    ander: { Categorie: '02', Code: '02A01' },
    reden: { overlijden: '02', volgensPlan: '19', tijdelijk: '20', doorClient: '21', doorAanbieder: '22', inOverleg: '23', verhuizing: '31' },
  },
  jw: {
    product: { Categorie: '45', Code: '45A04' },
    ander: { Categorie: '43', Code: '43A01' },
    reden: { overlijden: '02', volgensPlan: '31', tijdelijk: '20', doorClient: '32', doorAanbieder: '33', inOverleg: '34', verhuizing: '35' },
  },
} as const;

export type Reden = keyof (typeof DOMEINCODES)['wmo']['reden'];

/** A reden beëindiging as the domain's code: a meaning ('tijdelijk'; 'definitief' is volgens plan) or a code as is. */
export function redenCode(domein: Domein, reden: Reden | 'definitief' | string): string {
  const codes: Record<string, string> = DOMEINCODES[domein].reden;
  return reden === 'definitief' ? codes.volgensPlan! : (codes[reden] ?? reden);
}

const STANDAARD_OMVANG: Omvang = { Volume: 3, Eenheid: '04', Frequentie: '2' };

export interface ToewijzingOpties {
  readonly nummer: number;
  readonly ingang: string;
  readonly eind?: string;
  /** null: no Product (generieke toewijzing); default the domain's standard product. */
  readonly product?: Product | null;
  /** null: no Omvang; default 3 uur per week. */
  readonly omvang?: Omvang | null;
  readonly budget?: number;
  readonly reden?: string;
  readonly referentie?: string;
  readonly toewijzingsdatum?: string;
  readonly toewijzingstijd?: string;
  readonly commentaar?: string;
}

export interface StartOpties {
  readonly nummer?: number;
  readonly product?: Product | null;
  readonly ingang?: string;
  readonly begin: string;
  readonly status?: string;
}

export interface StopOpties extends StartOpties {
  /** A code, or a meaning that maps to the domain's code. */
  readonly reden: Reden | string;
  readonly eind: string;
}

export interface AanvraagOpties {
  readonly referentie: string;
  readonly ingang: string;
  readonly eind?: string;
  readonly product?: Product | null;
  readonly omvang?: Omvang | null;
  readonly budget?: number;
  readonly beschikking?: { nummer: number; ingang: string };
  readonly verwijzer?: Bericht<'315'>['Client']['AangevraagdeProducten']['AangevraagdProduct'][number]['Verwijzer'];
}

export interface PrestatieOpties {
  readonly referentie: string;
  readonly vorigeReferentie?: string;
  readonly toewijzing: number;
  readonly product?: Product;
  /** The month (YYYY-MM) or an explicit period. */
  readonly periode: string | { Begindatum: string; Einddatum: string };
  readonly volume: number;
  readonly eenheid?: string;
  readonly tarief?: number | null;
  readonly bedrag?: number;
  readonly credit?: boolean;
  readonly bsn?: string;
}

export interface KopOpties {
  readonly dagtekening?: string;
  readonly identificatie?: string;
  readonly bsn?: string;
}

export function maandPeriode(maand: string): { Begindatum: string; Einddatum: string } {
  return { Begindatum: eersteDag(maand), Einddatum: laatsteDag(maand) };
}

export class Sjablonen {
  private teller = 0;
  readonly codes: (typeof DOMEINCODES)[Domein];

  constructor(
    readonly domein: Domein,
    readonly opties: { partijen?: Partial<Omit<Partijen, 'domein'>>; dagtekening?: string; client?: VolledigeClient; prefix?: string } = {},
  ) {
    this.codes = DOMEINCODES[domein];
  }

  get partijen(): Partijen {
    return { ...STANDAARD_PARTIJEN, domein: this.domein, ...this.opties.partijen };
  }

  get dagtekening(): string {
    return this.opties.dagtekening ?? vandaag();
  }

  get client(): VolledigeClient {
    return this.opties.client ?? STANDAARD_CLIENT;
  }

  reden(r: Reden | string): string {
    return redenCode(this.domein, r);
  }

  /** null: no Product; absent: the domain's standard product. */
  private product(p: Product | null | undefined): Product | undefined {
    return p === null ? undefined : (p ?? this.codes.product);
  }

  /** null, or a budget instead: no Omvang; absent: 3 uur per week. */
  private omvang(o: { omvang?: Omvang | null; budget?: number }): Omvang | undefined {
    return o.omvang === null || o.budget !== undefined ? undefined : (o.omvang ?? STANDAARD_OMVANG);
  }

  private kop(o: KopOpties) {
    this.teller++;
    return {
      partijen: this.partijen,
      dagtekening: o.dagtekening ?? this.dagtekening,
      identificatie: o.identificatie ?? `${this.opties.prefix ?? 'KT'}${String(this.teller).padStart(6, '0')}`,
    };
  }

  private clientMet(bsn: string | undefined): VolledigeClient {
    return bsn ? { ...this.client, Bsn: bsn } : this.client;
  }

  toegewezenProduct(o: ToewijzingOpties): Bericht<'301'>['Client']['ToegewezenProducten']['ToegewezenProduct'][number] {
    const product = this.product(o.product);
    const omvang = this.omvang(o);
    return {
      ToewijzingNummer: o.nummer,
      ...(o.referentie && { ReferentieAanbieder: o.referentie }),
      ...(product && { Product: product }),
      // Decided on the day of sending at the latest; a toewijzing can start later (TR134 on Toewijzingsdatum).
      Toewijzingsdatum: o.toewijzingsdatum ?? (o.ingang < this.dagtekening ? o.ingang : this.dagtekening),
      Toewijzingstijd: o.toewijzingstijd ?? '09:00:00',
      Ingangsdatum: o.ingang,
      ...(o.eind && { Einddatum: o.eind }),
      ...(o.reden && { RedenWijziging: o.reden }),
      ...(omvang && { Omvang: omvang }),
      ...(o.budget !== undefined && { Budget: o.budget }),
      ...(o.commentaar && { Commentaar: o.commentaar }),
    };
  }

  /** A 301 with one or more ToegewezenProducten. */
  toewijzing(o: ToewijzingOpties | ToewijzingOpties[], k: KopOpties = {}): Stap {
    const lijst = Array.isArray(o) ? o : [o];
    return { nummer: '301', bericht: toewijzingBericht({ ...this.kop(k), client: this.clientMet(k.bsn), producten: lijst.map((x) => this.toegewezenProduct(x)) }) };
  }

  private regieProduct(o: StartOpties) {
    const product = this.product(o.product);
    return {
      ...(o.nummer !== undefined && { ToewijzingNummer: o.nummer }),
      ...(product && { Product: product }),
      ...(o.ingang && { ToewijzingIngangsdatum: o.ingang }),
      Begindatum: o.begin,
    };
  }

  start(o: StartOpties | StartOpties[], k: KopOpties = {}): Stap {
    const lijst = Array.isArray(o) ? o : [o];
    return {
      nummer: '305',
      bericht: startzorgBericht({
        ...this.kop(k),
        client: verkort(this.clientMet(k.bsn)),
        producten: lijst.map((x) => ({ ...this.regieProduct(x), StatusAanlevering: x.status ?? '1' })),
      }),
    };
  }

  stop(o: StopOpties | StopOpties[], k: KopOpties = {}): Stap {
    const lijst = Array.isArray(o) ? o : [o];
    return {
      nummer: '307',
      bericht: stopzorgBericht({
        ...this.kop(k),
        client: verkort(this.clientMet(k.bsn)),
        producten: lijst.map((x) => ({
          ...this.regieProduct(x),
          RedenBeeindiging: this.reden(x.reden),
          Einddatum: x.eind,
          StatusAanlevering: x.status ?? '1',
        })),
      }),
    };
  }

  /** The usual start of a history: a toewijzing and the start of its delivery. */
  levering(o: { nummer: number; ingang: string; eind?: string; begin: string; omvang?: Omvang | null; product?: Product | null }): Stap[] {
    return [
      this.toewijzing({
        nummer: o.nummer,
        ingang: o.ingang,
        ...(o.eind && { eind: o.eind }),
        ...(o.omvang !== undefined && { omvang: o.omvang }),
        ...(o.product !== undefined && { product: o.product }),
      }),
      this.start({ nummer: o.nummer, ingang: o.ingang, begin: o.begin, ...(o.product !== undefined && { product: o.product }) }),
    ];
  }

  /** The usual history of the stop rules' examples: toewijzing 1 for 2026, started on 5 January, then stopped. */
  gestopteLevering(reden: string, eind: string): Stap[] {
    return [
      ...this.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      this.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden, eind }),
    ];
  }

  /** Verzoek om toewijzing (315). */
  vot(o: AanvraagOpties | AanvraagOpties[], k: KopOpties & { commentaar?: string } = {}): Stap {
    const lijst = Array.isArray(o) ? o : [o];
    return {
      nummer: '315',
      bericht: verzoekOmToewijzingBericht({
        ...this.kop(k),
        client: verkort(this.clientMet(k.bsn)),
        ...(k.commentaar && { commentaar: k.commentaar }),
        producten: lijst.map((x) => {
          const product = this.product(x.product);
          const omvang = this.omvang(x);
          return {
            ReferentieAanbieder: x.referentie,
            ...(x.beschikking && { BeschikkingNummer: x.beschikking.nummer }),
            ...(product && { Product: product }),
            ...(x.beschikking && { BeschikkingIngangsdatum: x.beschikking.ingang }),
            ToewijzingIngangsdatum: x.ingang,
            ...(x.eind && { ToewijzingEinddatum: x.eind }),
            ...(omvang && { Omvang: omvang }),
            ...(x.budget !== undefined && { Budget: x.budget }),
            Verwijzer: x.verwijzer ?? { Type: '01', Naam: 'Gemeente' },
          };
        }),
      }),
    };
  }

  /** Verzoek om wijziging (317). */
  vow(
    o: {
      referentie: string;
      reden?: string;
      ongewijzigd?: number[];
      teWijzigen?: { nummer: number; ingang: string; eind?: string; omvang?: Omvang | null; budget?: number }[];
      nieuw?: { product?: Product | null; ingang: string; eind?: string; omvang?: Omvang | null; budget?: number }[];
    },
    k: KopOpties = {},
  ): Stap {
    const verzoek: Bericht<'317'>['Client']['Verzoek'] = {
      ReferentieAanbieder: o.referentie,
      RedenVerzoek: o.reden ?? '1',
      ...(o.ongewijzigd?.length && { OngewijzigdeProducten: { OngewijzigdProduct: o.ongewijzigd.map((n) => ({ ToewijzingNummer: n })) } }),
      ...(o.teWijzigen?.length && {
        TeWijzigenProducten: {
          TeWijzigenProduct: o.teWijzigen.map((t) => ({
            ToewijzingNummer: t.nummer,
            GewensteIngangsdatum: t.ingang,
            ...(t.eind && { Einddatum: t.eind }),
            ...(t.omvang && t.budget === undefined && { Omvang: t.omvang }),
            ...(t.budget !== undefined && { Budget: t.budget }),
          })),
        },
      }),
      ...(o.nieuw?.length && {
        NieuweProducten: {
          NieuwProduct: o.nieuw.map((n) => {
            const product = this.product(n.product);
            const omvang = this.omvang(n);
            return {
              ...(product && { Product: product }),
              GewensteIngangsdatum: n.ingang,
              ...(n.eind && { Einddatum: n.eind }),
              ...(omvang && { Omvang: omvang }),
              ...(n.budget !== undefined && { Budget: n.budget }),
            };
          }),
        },
      }),
    };
    return { nummer: '317', bericht: verzoekOmWijzigingBericht({ ...this.kop(k), bsn: k.bsn ?? this.client.Bsn, verzoek }) };
  }

  /** Antwoordbericht (319): 1 afgewezen, 2 in onderzoek. */
  antwoord(o: { referentie: string; antwoord: '1' | '2'; reden?: string; woonplaats?: string }, k: KopOpties = {}): Stap {
    return {
      nummer: '319',
      bericht: antwoordBericht({
        ...this.kop(k),
        antwoord: {
          ReferentieAanbieder: o.referentie,
          VerzoekAntwoord: o.antwoord,
          ...(o.reden && { RedenAfwijzingVerzoek: o.reden }),
          ...(o.woonplaats && { Woonplaatsbeginsel: { Gemeente: o.woonplaats } }),
        },
      }),
    };
  }

  prestatie(o: PrestatieOpties): Bericht<'323'>['Declaratie']['Clienten']['Client'][number]['Prestaties']['Prestatie'][number] {
    const product = o.product ?? this.codes.product;
    const eenheid = o.eenheid ?? '04';
    const tarief = o.tarief === null || eenheid === '83' ? undefined : (o.tarief ?? 5000);
    const bedrag = o.bedrag ?? (eenheid === '83' ? o.volume : Math.round((tarief ?? 0) * o.volume));
    return {
      ProductReferentie: { ReferentieNummer: o.referentie, ...(o.vorigeReferentie && { VorigReferentieNummer: o.vorigeReferentie }) },
      ToewijzingNummer: o.toewijzing,
      ProductCategorie: product.Categorie,
      ProductCode: product.Code ?? `${product.Categorie}A01`,
      ProductPeriode: typeof o.periode === 'string' ? maandPeriode(o.periode) : o.periode,
      GeleverdVolume: o.volume,
      Eenheid: eenheid,
      ...(tarief !== undefined && { ProductTarief: tarief }),
      IngediendBedrag: { Bedrag: bedrag, DebetCredit: o.credit ? 'C' : 'D' },
    };
  }

  /** Declaratie (323) over one month; prestaties are grouped per client. */
  declaratie(o: { nummer: string; maand: string; prestaties: PrestatieOpties[] }, k: KopOpties = {}): Stap {
    const perClient = new Map<string, PrestatieOpties[]>();
    for (const p of o.prestaties) {
      const bsn = p.bsn ?? this.client.Bsn;
      (perClient.get(bsn) ?? perClient.set(bsn, []).get(bsn)!).push(p);
    }
    return {
      nummer: '323',
      bericht: declaratieBericht({
        ...this.kop(k),
        declaratieNummer: o.nummer,
        periode: maandPeriode(o.maand),
        clienten: [...perClient].map(([bsn, ps]) => ({ bsn, prestaties: ps.map((p) => this.prestatie(p)) })),
      }),
    };
  }
}
