/**
 * Outside sources the rules consult (controleniveau 4): the system date (TR135), the CBS municipality
 * codes with their validity (TR378), the product code list (TR381) and the contract tariffs per
 * municipality and product (TR418, TR346). Configuration with sensible defaults; a JSON file can
 * replace or extend every part (read by the command line: `bronnenUit` in `cli/argumenten.ts`).
 */
import { vandaag } from '../berichten/datum';
import type { Domein } from '../woorden';

export interface Gemeente {
  readonly code: string;
  readonly naam: string;
  /** First day the code is valid (inclusive); absent: valid since ever. */
  readonly geldigVanaf?: string;
  /** Last day the code is valid (inclusive); absent: still valid. */
  readonly geldigTot?: string;
}

/** A contract tariff in cents per eenheid, for a gemeente and product code, in one domain. */
export interface Tarief {
  readonly domein?: Domein;
  readonly gemeente: string;
  readonly productCode: string;
  readonly eenheid: string;
  readonly tarief: number;
  readonly geldigVanaf?: string;
  readonly geldigTot?: string;
}

export interface BronnenConfig {
  /** Fixed system date (YYYY-MM-DD); absent: today's date. */
  systeemdatum?: string;
  gemeenten?: Gemeente[];
  /** Product codes per category and domain; when absent for a category, a code fits when it starts with the category. */
  productcodes?: Partial<Record<Domein, Record<string, string[]>>>;
  tarieven?: Tarief[];
}

const datum = { type: 'string', format: 'datum', description: 'JJJJ-MM-DD' } as const;

/**
 * The JSON Schema of a `BronnenConfig` (a `--bronnen` file, the `bronnen` of a session): whoever reads
 * one from outside checks it with this first (with the format 'datum': an existing date), so a wrong
 * shape is refused before anything is stored.
 */
export const BRONNEN_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    systeemdatum: datum,
    gemeenten: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'naam'],
        properties: { code: { type: 'string', pattern: '^\\d{4}$' }, naam: { type: 'string', maxLength: 200 }, geldigVanaf: datum, geldigTot: datum },
      },
    },
    productcodes: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        (['wmo', 'jw'] as const).map((d) => [
          d,
          { type: 'object', propertyNames: { pattern: '^\\d{2}$' }, additionalProperties: { type: 'array', items: { type: 'string', pattern: '^[0-9A-Za-z]{1,5}$' } } },
        ]),
      ),
    },
    tarieven: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['gemeente', 'productCode', 'eenheid', 'tarief'],
        properties: {
          domein: { enum: ['wmo', 'jw'] },
          gemeente: { type: 'string', pattern: '^\\d{4}$' },
          productCode: { type: 'string', pattern: '^[0-9A-Za-z]{1,5}$' },
          eenheid: { type: 'string', pattern: '^\\d{2}$' },
          tarief: { type: 'integer', minimum: 0 },
          geldigVanaf: datum,
          geldigTot: datum,
        },
      },
    },
  },
} as const;

/**
 * A small default set of CBS codes: the municipalities the scenarios use and the mergers the 3.2
 * change on old codes is about. Supply the full CBS list through a configuration file
 * (`ketentest ... --bronnen bronnen.json`) to test against a real gemeente.
 */
export const STANDAARD_GEMEENTEN: readonly Gemeente[] = [
  { code: '0344', naam: 'Utrecht' },
  { code: '0363', naam: 'Amsterdam' },
  { code: '0384', naam: 'Diemen' },
  { code: '0518', naam: "'s-Gravenhage" },
  { code: '0599', naam: 'Rotterdam' },
  { code: '0398', naam: 'Heerhugowaard', geldigTot: '2021-12-31' },
  { code: '0416', naam: 'Langedijk', geldigTot: '2021-12-31' },
  { code: '1980', naam: 'Dijk en Waard', geldigVanaf: '2022-01-01' },
  { code: '0457', naam: 'Weesp', geldigTot: '2022-03-23' },
  { code: '0501', naam: 'Brielle', geldigTot: '2022-12-31' },
  { code: '0530', naam: 'Hellevoetsluis', geldigTot: '2022-12-31' },
  { code: '0614', naam: 'Westvoorne', geldigTot: '2022-12-31' },
  { code: '1992', naam: 'Voorne aan Zee', geldigVanaf: '2023-01-01' },
];

export class Bronnen {
  private readonly gemeenten: Map<string, Gemeente[]>;
  private readonly tarieven: Map<string, Tarief[]>;
  private vasteDatum: string | undefined;

  constructor(readonly config: BronnenConfig = {}) {
    this.vasteDatum = config.systeemdatum;
    this.gemeenten = new Map();
    for (const g of config.gemeenten ?? STANDAARD_GEMEENTEN) {
      (this.gemeenten.get(g.code) ?? this.gemeenten.set(g.code, []).get(g.code)!).push(g);
    }
    this.tarieven = new Map();
    for (const t of config.tarieven ?? []) {
      const k = `${t.gemeente}|${t.productCode}`;
      (this.tarieven.get(k) ?? this.tarieven.set(k, []).get(k)!).push(t);
    }
  }

  /** The system date of the receiving party (TR135). */
  systeemdatum(): string {
    return this.vasteDatum ?? vandaag();
  }

  zetSysteemdatum(datum: string | undefined): void {
    this.vasteDatum = datum;
  }

  /** Whether a CBS code exists and is valid on the given date (TR378). */
  gemeenteGeldigOp(code: string, datum: string): boolean {
    return (this.gemeenten.get(code) ?? []).some((g) => (!g.geldigVanaf || g.geldigVanaf <= datum) && (!g.geldigTot || datum <= g.geldigTot));
  }

  gemeenteBestaat(code: string): boolean {
    return this.gemeenten.has(code);
  }

  /** Whether a product code fits its category according to the product code list in use (TR381). */
  productcodePastBij(domein: Domein, categorie: string, code: string): boolean {
    const lijst = this.config.productcodes?.[domein]?.[categorie];
    if (lijst) return lijst.includes(code);
    // The landelijke productcodelijst codes every product as category + three characters (07A12, 45A04).
    return code.length === 5 && code.startsWith(categorie);
  }

  /** The contract tariff for a product, when one is configured (TR418, TR346). */
  tarief(domein: Domein, gemeente: string, productCode: string, eenheid: string, datum: string): Tarief | undefined {
    const kandidaten = this.tarieven.get(`${gemeente}|${productCode}`) ?? [];
    const op = (t: Tarief) => (!t.domein || t.domein === domein) && (!t.geldigVanaf || t.geldigVanaf <= datum) && (!t.geldigTot || datum <= t.geldigTot);
    return kandidaten.find((t) => op(t) && t.eenheid === eenheid) ?? kandidaten.find((t) => op(t) && t.eenheid === '04' && eenheid === '01');
  }

  heeftTarieven(domein: Domein, gemeente: string, productCode: string): boolean {
    return (this.tarieven.get(`${gemeente}|${productCode}`) ?? []).some((t) => !t.domein || t.domein === domein);
  }
}
