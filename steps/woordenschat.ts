/**
 * The step vocabulary: every sentence a scenario can use, in the domain's words, with what it means.
 * A Gegeven sentence sets the scenario up, an Als sentence is a step of a party (our simulator's, or
 * the system under test's when it plays that role), a Dan sentence is one expectation about the step
 * before it. Each sentence is read into the scenario's Verloop; the Cucumber step definitions
 * (steps/stappen.ts), the plan of a scenario (steps/plan.ts) and `ketentest stappen` all come from
 * this one list.
 */
import { STANDAARD_PARTIJEN } from '../simulator/standaard/berichten/bouwers';
import { berichtnaam, type Berichtnummer } from '../simulator/standaard/berichten/catalogus';
import { tegenrol, type Domein } from '../simulator/standaard/woorden';
import { redenCode, type Omvang, type Product, type Sjablonen, type Stap as Berichtstap } from '../simulator/standaard/berichten/sjablonen';
import type { ActieVan, OmvangJson, ProductJson } from '../simulator/partij/acties';
import type { Rol } from '../simulator/standaard/woorden';
import type { Eis, Inhoud } from '../scenarios/model';
import { EENHEDEN, leesBedrag, leesDatum, leesOmvang, REDENEN } from './parameters';
import { Zinsfout, type Verloop } from './verloop';

export type Zinsoort = 'opzet' | 'handeling' | 'controle';

/** A data table as rows of cells, or a doc string. */
export type Extra = string[][] | string;

export interface Zin {
  readonly soort: Zinsoort;
  /** The Cucumber expression. */
  readonly patroon: string;
  readonly uitleg: string;
  /** An example sentence (its table or doc string below it, when it takes one). */
  readonly voorbeeld: string;
  readonly extra?: { readonly soort: 'tabel' | 'tekst'; readonly voorbeeld: string };
  /** Reads the sentence into the scenario; a Dan sentence returns its expectation. */
  lees(v: Verloop, args: readonly unknown[], extra?: Extra): Eis | undefined;
}

const ZINNEN: Zin[] = [];

/** A sentence: a Gegeven or Als sentence's reader returns nothing, a Dan sentence's its expectation. */
function zin(
  soort: Zinsoort,
  patroon: string,
  uitleg: string,
  voorbeeld: string,
  lees: (v: Verloop, args: readonly unknown[], extra?: Extra) => unknown,
  extra?: Zin['extra'],
): void {
  ZINNEN.push({ soort, patroon, uitleg, voorbeeld, lees: (v, args, e) => (lees(v, args, e) as Eis | undefined) ?? undefined, ...(extra && { extra }) });
}

// ------------------------------------------------------------------------------------------------
// Reading the parts of a sentence

function product(v: Verloop, code?: string | null): ProductJson | null {
  if (code === null || code === 'geen') return null;
  if (!code) return v.waarden.productJson();
  const categorie = /^categorie (\d{2})$/.exec(code);
  if (categorie) return { categorie: categorie[1]! };
  if (!/^\d{2}[A-Z0-9]{3}$/.test(code)) throw new Zinsfout(`'${code}' is geen productcode (zoals 45A04) of 'categorie 45'`);
  return { categorie: code.slice(0, 2), code };
}

function alsProduct(p: ProductJson | null | undefined): Product | null | undefined {
  return p === null ? null : p && { Categorie: p.categorie, ...(p.code && { Code: p.code }) };
}

function alsOmvang(o: OmvangJson): Omvang {
  return { Volume: o.volume, Eenheid: o.eenheid, Frequentie: o.frequentie };
}

function verticaal(extra: Extra | undefined, velden: readonly string[]): Map<string, string> {
  if (!Array.isArray(extra)) throw new Zinsfout('deze zin verwacht een tabel met een veld en een waarde per regel');
  const uit = new Map<string, string>();
  for (const rij of extra) {
    const [veld, waarde] = rij.map((c) => c.trim());
    if (!veld || waarde === undefined) throw new Zinsfout(`een regel van de tabel heeft geen veld en waarde: | ${rij.join(' | ')} |`);
    if (!velden.includes(veld)) throw new Zinsfout(`onbekend veld '${veld}'; bekend: ${velden.join(', ')}`);
    uit.set(veld, waarde);
  }
  return uit;
}

function kolommen(extra: Extra | undefined, velden: readonly string[]): Map<string, string>[] {
  if (!Array.isArray(extra) || extra.length < 2) throw new Zinsfout('deze zin verwacht een tabel met een kopregel en een regel per item');
  const [kop, ...rijen] = extra.map((r) => r.map((c) => c.trim()));
  for (const k of kop!) if (!velden.includes(k)) throw new Zinsfout(`onbekende kolom '${k}'; bekend: ${velden.join(', ')}`);
  return rijen.map((r) => new Map(kop!.map((k, i) => [k, r[i] ?? ''] as [string, string]).filter(([, w]) => w !== '')));
}

const datumUit = (w: string | undefined) => (w === undefined ? undefined : leesDatum(w));
const getal = (w: string | undefined) => (w === undefined ? undefined : Number(w));

// ------------------------------------------------------------------------------------------------
// Gegeven: the setup

zin(
  'opzet',
  'het domein {domein} met als systeem onder test de {rol}',
  'Begint een scenario: het domein en de rol die het systeem onder test speelt; ketentest speelt de andere.',
  'het domein jw met als systeem onder test de gemeente',
  (v, [domein, rol]) => {
    v.domein = domein as Domein;
    v.sutRol = rol as Rol;
  },
);

zin(
  'opzet',
  'het is {datum}',
  'Zet de datum waarop de volgende stappen gebeuren. Zonder deze zin gebeurt een stap op de laatste datum waarop iets gebeurde (een start, een stop, een declaratie).',
  'het is 15-02-2026',
  (v, [d]) => {
    v.datum = d as string;
  },
);

zin('opzet', 'het is {datum}, {}', 'Als hierboven, met een toelichting voor de lezer achter de komma.', 'het is 01-06-2022, na de herindeling van Weesp', (v, [d]) => {
  v.datum = d as string;
});

zin(
  'opzet',
  'het gaat om de cliënt met BSN {bsn}',
  'De cliënt van de volgende stappen (standaard de test-cliënt 999900006).',
  'het gaat om de cliënt met BSN 999996770',
  (v, [bsn]) => {
    v.bsn = bsn as string;
  },
);

zin('opzet', 'de gemeente heeft gemeentecode {gemeentecode}', 'De CBS-code van de gemeente (standaard 0384).', 'de gemeente heeft gemeentecode 0457', (v, [code]) => {
  v.opzet.gemeente = code as string;
});

zin(
  'opzet',
  'de aanbieder is een gecertificeerde instelling',
  'Jeugdwet: de aanbieder is een GI en meldt start en stop uit zichzelf (OP270, OP295).',
  'de aanbieder is een gecertificeerde instelling',
  (v) => {
    v.opzet.gi = true;
  },
);

zin(
  'opzet',
  'het contracttarief voor product {productcode} is {bedrag} per {eenheid}',
  'Het tarief dat gemeente en aanbieder afspraken (TR418); beide partijen gebruiken het.',
  'het contracttarief voor product 45A04 is 50,00 euro per uur',
  (v, [code, tarief, eenheid]) => {
    const tarieven = [
      ...(v.opzet.bronnen?.tarieven ?? []),
      { gemeente: v.opzet.gemeente ?? STANDAARD_PARTIJEN.gemeente, productCode: code as string, eenheid: eenheid as string, tarief: tarief as number },
    ];
    v.opzet.bronnen = { ...v.opzet.bronnen, tarieven };
  },
);

// ------------------------------------------------------------------------------------------------
// Als: the gemeente

function toewijzen(v: Verloop, rijen: { nummer?: number; product: ProductJson | null; ingang: string; eind?: string; omvang?: OmvangJson; budget?: number }[]): void {
  if (!v.datum) v.datum = rijen[0]!.ingang;
  const toewijzingen = rijen.map((r) => {
    const nummer = r.nummer ?? v.nieuwNummer();
    v.kenToewijzing({ nummer, product: r.product, ingang: r.ingang });
    return {
      nummer,
      product: r.product,
      ingangsdatum: r.ingang,
      ...(r.eind && { einddatum: r.eind }),
      ...(r.omvang && { omvang: r.omvang }),
      ...(r.budget !== undefined && { budget: r.budget }),
    };
  });
  v.stap({ titel: '', door: 'gemeente', actie: { actie: 'toewijzen', bsn: v.bsn, toewijzingen } }, '301');
}

zin(
  'handeling',
  'de gemeente {omvang} toewijst voor product {productcode} van {datum} tot en met {datum}',
  'De gemeente stuurt een toewijzingsbericht (301) met een nieuwe toewijzing (en de andere actuele toewijzingen van de cliënt).',
  'de gemeente 3 uur per week toewijst voor product 45A04 van 01-01-2026 tot en met 30-06-2026',
  (v, [omvang, code, van, tot]) => toewijzen(v, [{ product: product(v, code as string), omvang: omvang as OmvangJson, ingang: van as string, eind: tot as string }]),
);

zin(
  'handeling',
  'de gemeente {omvang} toewijst van {datum} tot en met {datum}',
  'Als hierboven, voor het standaardproduct van het domein (Jw 45A04, Wmo 07A12).',
  'de gemeente 3 uur per week toewijst van 01-01-2026 tot en met 30-06-2026',
  (v, [omvang, van, tot]) => toewijzen(v, [{ product: product(v), omvang: omvang as OmvangJson, ingang: van as string, eind: tot as string }]),
);

const TOEWIJZINGKOLOMMEN = ['toewijzing', 'product', 'omvang', 'budget', 'ingangsdatum', 'einddatum'] as const;
zin(
  'handeling',
  'de gemeente toewijst:',
  `De gemeente stuurt een toewijzingsbericht (301) met deze toewijzingen, een per regel. Kolommen: ${TOEWIJZINGKOLOMMEN.join(', ')} (product: een productcode, 'categorie 45' of 'geen'; omvang of budget; einddatum leeg: zonder einddatum).`,
  'de gemeente toewijst:',
  (v, _args, extra) =>
    toewijzen(
      v,
      kolommen(extra, TOEWIJZINGKOLOMMEN).map((r) => {
        if (!r.get('ingangsdatum')) throw new Zinsfout('elke toewijzing heeft een ingangsdatum');
        return {
          ...(r.has('toewijzing') && { nummer: Number(r.get('toewijzing')) }),
          product: product(v, r.get('product')),
          ingang: leesDatum(r.get('ingangsdatum')!),
          ...(r.has('einddatum') && { eind: leesDatum(r.get('einddatum')!) }),
          ...(r.has('omvang') && { omvang: leesOmvang(r.get('omvang')!) }),
          ...(r.has('budget') && { budget: leesBedrag(r.get('budget')!) }),
        };
      }),
    ),
  { soort: 'tabel', voorbeeld: '| toewijzing | product | omvang         | ingangsdatum | einddatum  |\n| 1001       | 45A04   | 3 uur per week | 01-01-2026   | 31-12-2026 |' },
);

zin(
  'handeling',
  'de gemeente {toewijzing} verlengt tot en met {datum}',
  'De gemeente verlengt een toewijzing. Blijven volume en frequentie gelijk en is de einddatum niet verstreken, dan rekt zij haar op (OP380); anders volgt een nieuwe toewijzing.',
  'de gemeente de toewijzing verlengt tot en met 31-12-2026',
  (v, [t, tot]) => {
    v.stap({ titel: '', door: 'gemeente', actie: { actie: 'verlengen', bsn: v.bsn, toewijzingNummer: v.toewijzing(t as number | null), einddatum: tot as string } }, '301');
  },
);

zin(
  'handeling',
  'de gemeente {toewijzing} verlengt tot en met {datum} met {omvang}',
  'De gemeente verlengt met een andere omvang: een nieuwe toewijzing na de oude (OP257).',
  'de gemeente de toewijzing verlengt tot en met 31-12-2026 met 4 uur per week',
  (v, [t, tot, omvang]) => {
    v.stap(
      {
        titel: '',
        door: 'gemeente',
        actie: { actie: 'verlengen', bsn: v.bsn, toewijzingNummer: v.toewijzing(t as number | null), einddatum: tot as string, omvang: omvang as OmvangJson },
      },
      '301',
    );
  },
);

zin(
  'handeling',
  'de gemeente {toewijzing} beëindigt per {datum} met reden wijziging {redenwijziging}',
  'De gemeente trekt een toewijzing in per een einddatum, met een reden wijziging toewijzing (JZ002).',
  'de gemeente toewijzing 1001 beëindigt per 30-06-2026 met reden wijziging 05',
  (v, [t, eind, reden]) => {
    v.stap(
      {
        titel: '',
        door: 'gemeente',
        actie: { actie: 'intrekken', bsn: v.bsn, toewijzingNummer: v.toewijzing(t as number | null), einddatum: eind as string, redenWijziging: reden as string },
      },
      '301',
    );
  },
);

zin(
  'handeling',
  'de gemeente {toewijzing} verwijdert',
  'De gemeente verwijdert een ten onrechte verstuurde toewijzing (einddatum gelijk aan de ingangsdatum, reden wijziging 13).',
  'de gemeente toewijzing 1003 verwijdert',
  (v, [t]) => {
    v.stap({ titel: '', door: 'gemeente', actie: { actie: 'verwijderen', bsn: v.bsn, toewijzingNummer: v.toewijzing(t as number | null) } }, '301');
  },
);

function beantwoord(v: Verloop, antwoord: ActieVan<'verzoek-beantwoorden'>['antwoord'], extra: Partial<ActieVan<'verzoek-beantwoorden'>> = {}): void {
  v.stap({ titel: '', door: 'gemeente', actie: { actie: 'verzoek-beantwoorden', referentieAanbieder: v.verzoek(), antwoord, ...extra } }, antwoord === 'toewijzen' ? '301' : '319');
}

zin(
  'handeling',
  'de gemeente het verzoek toewijst',
  'De gemeente honoreert het laatst genoemde verzoek (om toewijzing of wijziging) met een toewijzingsbericht (301).',
  'de gemeente het verzoek toewijst',
  (v) => beantwoord(v, 'toewijzen'),
);
zin(
  'handeling',
  'de gemeente het verzoek in onderzoek neemt',
  'De gemeente antwoordt dat het verzoek in onderzoek is (319, antwoord 2).',
  'de gemeente het verzoek in onderzoek neemt',
  (v) => beantwoord(v, 'onderzoek'),
);
zin(
  'handeling',
  'de gemeente het verzoek afwijst met reden {int}',
  'De gemeente wijst het verzoek af (319, antwoord 1) met een reden afwijzing (WJ759).',
  'de gemeente het verzoek afwijst met reden 1',
  (v, [reden]) => beantwoord(v, 'afwijzen', { redenAfwijzing: String(reden) }),
);
zin(
  'handeling',
  'de gemeente het verzoek afwijst omdat volgens het woonplaatsbeginsel gemeente {gemeentecode} verantwoordelijk is',
  'Jeugdwet: de gemeente wijst af met reden 8 en noemt de gemeente volgens het woonplaatsbeginsel.',
  'de gemeente het verzoek afwijst omdat volgens het woonplaatsbeginsel gemeente 0363 verantwoordelijk is',
  (v, [gemeente]) => beantwoord(v, 'afwijzen', { redenAfwijzing: '8', woonplaatsbeginsel: gemeente as string }),
);

// ------------------------------------------------------------------------------------------------
// Als: the aanbieder

zin(
  'handeling',
  'de aanbieder {levering} start op {datum}',
  'De aanbieder meldt de start van de levering (305).',
  'de aanbieder de levering start op 05-01-2026',
  (v, [t, begin]) => {
    const nummer = v.toewijzing(t as number | null);
    v.gebeurdOp(begin as string);
    const bekend = v.toewijzingen.get(nummer);
    if (bekend) bekend.begin = begin as string;
    v.stap({ titel: '', door: 'aanbieder', actie: { actie: 'start', bsn: v.bsn, toewijzingNummer: nummer, begindatum: begin as string } }, '305');
  },
);

function stop(v: Verloop, t: number | null, eind: string, reden: string): void {
  const nummer = v.toewijzing(t);
  v.gebeurdOp(eind);
  v.stap({ titel: '', door: 'aanbieder', actie: { actie: 'stop', bsn: v.bsn, toewijzingNummer: nummer, einddatum: eind, reden } }, '307');
}

zin(
  'handeling',
  'de aanbieder {levering} tijdelijk stopt op {datum}',
  'De aanbieder meldt een tijdelijke stop (307, reden 20).',
  'de aanbieder de levering tijdelijk stopt op 31-03-2026',
  (v, [t, eind]) => stop(v, t as number | null, eind as string, 'tijdelijk'),
);
zin(
  'handeling',
  'de aanbieder {levering} definitief stopt op {datum}',
  'De aanbieder meldt een definitieve stop, volgens plan (307).',
  'de aanbieder de levering definitief stopt op 30-06-2026',
  (v, [t, eind]) => stop(v, t as number | null, eind as string, 'definitief'),
);
zin(
  'handeling',
  'de aanbieder {levering} stopt op {datum} {reden}',
  'De aanbieder meldt een stop met deze reden beëindiging (JZ588/WMO588, per domein de eigen code).',
  'de aanbieder de levering stopt op 29-06-2023 in overleg',
  (v, [t, eind, reden]) => stop(v, t as number | null, eind as string, reden as string),
);

zin(
  'handeling',
  'de aanbieder de stop corrigeert naar {reden}',
  'De aanbieder corrigeert de reden van de actuele stop: verwijderen en opnieuw aanleveren in één bericht (IV008).',
  'de aanbieder de stop corrigeert naar volgens plan',
  (v, [reden]) => {
    v.stap({ titel: '', door: 'aanbieder', actie: { actie: 'stop-corrigeren', bsn: v.bsn, toewijzingNummer: v.toewijzing(), reden: reden as string } }, '307');
  },
);
zin(
  'handeling',
  'de aanbieder de start corrigeert naar {datum}',
  'De aanbieder corrigeert de begindatum: verwijderen en opnieuw aanleveren in één bericht (IV008).',
  'de aanbieder de start corrigeert naar 06-01-2026',
  (v, [begin]) => {
    v.gebeurdOp(begin as string);
    v.stap({ titel: '', door: 'aanbieder', actie: { actie: 'start-corrigeren', bsn: v.bsn, toewijzingNummer: v.toewijzing(), nieuweBegindatum: begin as string } }, '305');
  },
);
zin('handeling', 'de aanbieder de start verwijdert', 'De aanbieder trekt de gemelde start in (status aanlevering 3).', 'de aanbieder de start verwijdert', (v) => {
  v.stap({ titel: '', door: 'aanbieder', actie: { actie: 'start-verwijderen', bsn: v.bsn, toewijzingNummer: v.toewijzing() } }, '305');
});
zin('handeling', 'de aanbieder de stop verwijdert', 'De aanbieder trekt de actuele stop in (status aanlevering 3).', 'de aanbieder de stop verwijdert', (v) => {
  v.stap({ titel: '', door: 'aanbieder', actie: { actie: 'stop-verwijderen', bsn: v.bsn, toewijzingNummer: v.toewijzing() } }, '307');
});

zin(
  'handeling',
  'de aanbieder een verzoek om toewijzing stuurt voor {omvang} van {datum} tot en met {datum} met referentie {word}',
  'De aanbieder vraagt een product aan (315), voor het standaardproduct van het domein.',
  'de aanbieder een verzoek om toewijzing stuurt voor 3 uur per week van 01-03-2026 tot en met 31-12-2026 met referentie VOT-1',
  (v, [omvang, van, tot, ref]) => {
    v.stap(
      {
        titel: '',
        door: 'aanbieder',
        actie: {
          actie: 'verzoek-om-toewijzing',
          bsn: v.bsn,
          producten: [{ referentieAanbieder: v.verzoek(ref as string), product: product(v), ingangsdatum: van as string, einddatum: tot as string, omvang: omvang as OmvangJson }],
        },
      },
      '315',
    );
  },
);

zin(
  'handeling',
  'de aanbieder een verzoek om wijziging stuurt voor {toewijzing}: {omvang} van {datum} tot en met {datum} met referentie {word}',
  'De aanbieder vraagt een wijziging van een toewijzing (317); de andere actuele toewijzingen staan er ongewijzigd in (TR349).',
  'de aanbieder een verzoek om wijziging stuurt voor toewijzing 1001: 4 uur per week van 01-04-2026 tot en met 31-12-2026 met referentie VOW-1',
  (v, [t, omvang, van, tot, ref]) => {
    const nummer = v.toewijzing(t as number | null);
    v.stap(
      {
        titel: '',
        door: 'aanbieder',
        actie: {
          actie: 'verzoek-om-wijziging',
          bsn: v.bsn,
          referentieAanbieder: v.verzoek(ref as string),
          teWijzigen: [{ toewijzingNummer: nummer, ingangsdatum: van as string, einddatum: tot as string, omvang: omvang as OmvangJson }],
        },
      },
      '317',
    );
  },
);

const PRESTATIEKOLOMMEN = ['toewijzing', 'product', 'volume', 'eenheid', 'tarief', 'referentie', 'begindatum', 'einddatum'] as const;
function prestaties(v: Verloop, extra: Extra | undefined) {
  return kolommen(extra, PRESTATIEKOLOMMEN).map((r) => {
    const eenheid = r.get('eenheid');
    if (eenheid && !EENHEDEN[eenheid]) throw new Zinsfout(`onbekende eenheid '${eenheid}'`);
    return {
      toewijzingNummer: v.toewijzing(getal(r.get('toewijzing'))),
      volume: Number(r.get('volume') ?? NaN),
      product: product(v, r.get('product'))!,
      ...(eenheid && { eenheid: EENHEDEN[eenheid]! }),
      ...(r.has('tarief') && { tarief: leesBedrag(r.get('tarief')!) }),
      ...(r.has('referentie') && { referentie: r.get('referentie')! }),
      ...(r.has('begindatum') && { begindatum: leesDatum(r.get('begindatum')!) }),
      ...(r.has('einddatum') && { einddatum: leesDatum(r.get('einddatum')!) }),
    };
  });
}
const PRESTATIEVOORBEELD = '| toewijzing | product | volume | eenheid | tarief     | referentie  |\n| 1001       | 45A04   | 12     | uur     | 50,00 euro | P2026010001 |';

function declareer(v: Verloop, maand: string, nummer: string | undefined, extra: Extra | undefined): void {
  v.gedeclareerdOver(maand);
  v.stap({ titel: '', door: 'aanbieder', actie: { actie: 'declareren', maand, ...(nummer && { declaratieNummer: nummer }), prestaties: prestaties(v, extra) } }, '323');
}
zin(
  'handeling',
  'de aanbieder {maand} declareert met declaratienummer {word}:',
  `De aanbieder declareert een maand (323) met deze prestaties, een per regel. Kolommen: ${PRESTATIEKOLOMMEN.join(', ')}.`,
  'de aanbieder januari 2026 declareert met declaratienummer D202601:',
  (v, [maand, nummer], extra) => declareer(v, maand as string, nummer as string, extra),
  { soort: 'tabel', voorbeeld: PRESTATIEVOORBEELD },
);
zin(
  'handeling',
  'de aanbieder {maand} declareert:',
  'Als hierboven, met een declaratienummer dat de aanbieder kiest.',
  'de aanbieder januari 2026 declareert:',
  (v, [maand], extra) => declareer(v, maand as string, undefined, extra),
  { soort: 'tabel', voorbeeld: PRESTATIEVOORBEELD },
);

zin(
  'handeling',
  'de aanbieder prestatie {word} crediteert in een declaratie over {maand}',
  'De aanbieder crediteert een eerder goedgekeurde prestatie (323 met een creditregel).',
  'de aanbieder prestatie P2026010001 crediteert in een declaratie over januari 2026',
  (v, [referentie, maand]) => {
    v.gedeclareerdOver(maand as string);
    v.stap({ titel: '', door: 'aanbieder', actie: { actie: 'crediteren', referentie: referentie as string, maand: maand as string } }, '323');
  },
);

// ------------------------------------------------------------------------------------------------
// Als: a message exactly as written (only the party ketentest plays can send it)

const BERICHTVELDEN: Partial<Record<Berichtnummer, readonly string[]>> = {
  '301': ['toewijzing', 'product', 'omvang', 'ingangsdatum', 'einddatum', 'bsn'],
  '305': ['toewijzing', 'product', 'ingangsdatum', 'begindatum', 'status aanlevering', 'bsn'],
  '307': ['toewijzing', 'product', 'ingangsdatum', 'begindatum', 'einddatum', 'reden', 'status aanlevering', 'bsn'],
  '315': ['referentie', 'product', 'omvang', 'ingangsdatum', 'einddatum', 'bsn'],
  '317': ['referentie', 'toewijzing', 'omvang', 'ingangsdatum', 'einddatum', 'bsn'],
};
const ZENDER: Partial<Record<Berichtnummer, Rol>> = { '301': 'gemeente', '305': 'aanbieder', '307': 'aanbieder', '315': 'aanbieder', '317': 'aanbieder' };

zin(
  'handeling',
  'de {rol} een {bericht} stuurt met:',
  `Ketentest stuurt dit bericht precies zo, ook waar haar eigen partij het zou weigeren (voor negatieve gevallen); alleen de partij die ketentest speelt kan dit. Velden per bericht: ${Object.entries(
    BERICHTVELDEN,
  )
    .map(([n, vs]) => `${n}: ${vs!.join(', ')}`)
    .join('; ')}. Wat ontbreekt komt van de toewijzing die het scenario kent.`,
  'de aanbieder een stopbericht (307) stuurt met:',
  (v, [rol, nummer], extra) => {
    const n = nummer as Berichtnummer;
    const velden = BERICHTVELDEN[n];
    if (!velden) throw new Zinsfout(`een ${berichtnaam(n)} zoals opgegeven kan ketentest (nog) niet sturen; gebruik 'dit bericht stuurt:' met de XML`);
    if (ZENDER[n] !== rol) throw new Zinsfout(`een ${berichtnaam(n)} komt van de ${ZENDER[n]}, niet van de ${String(rol)}`);
    const w = verticaal(extra, velden);
    const bsn = w.get('bsn') ?? v.bsn;
    const nummerVan = () => v.toewijzing(getal(w.get('toewijzing')));
    if (n === '315' || n === '317') {
      const referentie = w.get('referentie');
      if (!referentie) throw new Zinsfout('een verzoek heeft een referentie');
      v.laatsteVerzoek ??= referentie;
    }
    const t = n === '315' ? undefined : v.toewijzingen.get(nummerVan());
    const ingang = datumUit(w.get('ingangsdatum')) ?? t?.ingang;
    const productcode = w.has('product') ? product(v, w.get('product')) : (t?.product ?? product(v));
    const omvang = w.has('omvang') ? alsOmvang(leesOmvang(w.get('omvang')!)) : undefined;
    const status = w.get('status aanlevering');
    const begin = datumUit(w.get('begindatum')) ?? t?.begin;
    const eind = datumUit(w.get('einddatum'));
    const reden = w.get('reden');
    if (n === '305' && begin) v.gebeurdOp(begin);
    if (n === '307' && eind) v.gebeurdOp(eind);
    if (n === '301' && !v.datum && ingang) v.datum = ingang;
    const nodig = (waarde: string | undefined, veld: string) => {
      if (!waarde) throw new Zinsfout(`het ${berichtnaam(n)} mist de waarde van '${veld}'`);
      return waarde;
    };
    const bericht = (s: Sjablonen): Berichtstap => {
      switch (n) {
        case '301':
          return s.toewijzing(
            { nummer: nummerVan(), ingang: nodig(ingang, 'ingangsdatum'), ...(eind && { eind }), product: alsProduct(productcode), ...(omvang && { omvang }) },
            { bsn },
          );
        case '305':
          return s.start(
            { nummer: nummerVan(), ingang: nodig(ingang, 'ingangsdatum'), begin: nodig(begin, 'begindatum'), product: alsProduct(productcode), ...(status && { status }) },
            { bsn },
          );
        case '307':
          return s.stop(
            {
              nummer: nummerVan(),
              ingang: nodig(ingang, 'ingangsdatum'),
              begin: nodig(begin, 'begindatum'),
              eind: nodig(eind, 'einddatum'),
              reden: reden ? (REDENEN[reden] ?? reden) : 'volgensPlan',
              product: alsProduct(productcode),
              ...(status && { status }),
            },
            { bsn },
          );
        case '315':
          return s.vot(
            { referentie: w.get('referentie')!, ingang: nodig(ingang, 'ingangsdatum'), ...(eind && { eind }), product: alsProduct(productcode), ...(omvang && { omvang }) },
            { bsn },
          );
        default:
          return s.vow(
            {
              referentie: w.get('referentie')!,
              teWijzigen: [{ nummer: nummerVan(), ingang: nodig(datumUit(w.get('ingangsdatum')), 'ingangsdatum'), ...(eind && { eind }), ...(omvang && { omvang }) }],
            },
            { bsn },
          );
      }
    };
    v.stap({ titel: '', door: rol as Rol, bericht }, n);
  },
  { soort: 'tabel', voorbeeld: '| toewijzing | 668877     |\n| einddatum  | 30-06-2023 |\n| reden      | volgens plan |' },
);

zin(
  'handeling',
  'de aanbieder een declaratiebericht over {maand} stuurt met declaratienummer {word} en deze prestaties:',
  'Ketentest stuurt deze declaratie (323) precies zo, ook met prestaties die haar eigen aanbieder niet zou declareren (voor negatieve gevallen).',
  'de aanbieder een declaratiebericht over januari 2026 stuurt met declaratienummer D202601X en deze prestaties:',
  (v, [maand, nummer], extra) => {
    v.gedeclareerdOver(maand as string);
    const bsn = v.bsn;
    const rijen = prestaties(v, extra);
    v.stap(
      {
        titel: '',
        door: 'aanbieder',
        bericht: (s) =>
          s.declaratie(
            {
              nummer: nummer as string,
              maand: maand as string,
              prestaties: rijen.map((p, i) => ({
                referentie: p.referentie ?? `P${String(maand).replace('-', '')}${String(i + 1).padStart(4, '0')}`,
                toewijzing: p.toewijzingNummer,
                product: alsProduct(p.product)!,
                periode: p.begindatum && p.einddatum ? { Begindatum: p.begindatum, Einddatum: p.einddatum } : (maand as string),
                volume: p.volume,
                ...(p.eenheid && { eenheid: p.eenheid }),
                ...(p.tarief !== undefined && { tarief: p.tarief }),
              })),
            },
            { bsn },
          ),
      },
      '323',
    );
  },
  { soort: 'tabel', voorbeeld: PRESTATIEVOORBEELD },
);

zin(
  'handeling',
  'de {rol} dit bericht stuurt:',
  'Ketentest stuurt deze XML zoals hij is, ook als hij niet aan het berichtschema voldoet; alleen de partij die ketentest speelt kan dit.',
  'de aanbieder dit bericht stuurt:',
  (v, [rol], extra) => {
    if (typeof extra !== 'string') throw new Zinsfout('deze zin verwacht het bericht als tekst tussen """ en """');
    const xml = extra;
    v.stap({ titel: '', door: rol as Rol, xml: () => xml });
  },
  { soort: 'tekst', voorbeeld: '"""\n<?xml version="1.0" encoding="UTF-8"?>\n<Bericht xmlns="http://www.istandaarden.nl/ijw/3_2/jw305/schema">…</Bericht>\n"""' },
);

// ------------------------------------------------------------------------------------------------
// Dan: expectations about the step before

zin(
  'controle',
  'voldoet het {bericht} aan de regels',
  'De ontvanger keurt het bericht van de stap hiervoor volledig goed: schema en alle regels (retourcode 0200, voor een declaratie 8001).',
  'voldoet het toewijzingsbericht (301) aan de regels',
  (_v, [b]) => ({ soort: 'retour', bericht: b as Berichtnummer, retour: 'goedgekeurd' }),
);
zin('controle', 'keurt de {rol} het {bericht} goed', 'Als hierboven, gezegd van de ontvanger.', 'keurt de gemeente het startbericht (305) goed', (v, [rol, b]) => {
  ontvanger(v, rol as Rol, b as Berichtnummer);
  return { soort: 'retour', bericht: b as Berichtnummer, retour: 'goedgekeurd' };
});
zin(
  'controle',
  'geeft de {rol} op het {bericht} retourcode {retourcode}',
  'De ontvanger keurt het bericht af met deze retourcode. Elke afkeur die het scenario niet verwacht, laat het falen.',
  'geeft de gemeente op het stopbericht (307) retourcode 9414',
  (v, [rol, b, code]) => {
    ontvanger(v, rol as Rol, b as Berichtnummer);
    return { soort: 'retour', bericht: b as Berichtnummer, retour: { code: code as string } };
  },
);
zin(
  'controle',
  'geeft de {rol} op het {bericht} retourcode {retourcode} op {klasse}',
  'Als hierboven, op deze berichtklasse (0001 op de Header: het bericht is in zijn geheel afgekeurd).',
  'geeft de gemeente op het stopbericht (307) retourcode 9414 op StopProduct 1',
  (v, [rol, b, code, klasse]) => {
    ontvanger(v, rol as Rol, b as Berichtnummer);
    return { soort: 'retour', bericht: b as Berichtnummer, retour: { code: code as string, klasse: klasse as string } };
  },
);
zin(
  'controle',
  'komt er geen retourbericht',
  'De ontvanger stuurt geen retourbericht: het bericht voldoet niet aan het berichtschema (IV028).',
  'komt er geen retourbericht',
  () => ({ soort: 'retour', retour: 'geen' }),
);
zin(
  'controle',
  'weigert de {rol} deze stap',
  'De partij neemt de stap niet: de standaard staat hem nu niet toe (de simulator antwoordt 409; het systeem onder test weigert, of stuurt niets).',
  'weigert de gemeente deze stap',
  (v, [rol]) => {
    const laatste = v.stappen.at(-1);
    if (laatste && laatste.door !== rol) throw new Zinsfout(`de stap hiervoor is van de ${laatste.door}, niet van de ${String(rol)}`);
    return { soort: 'geweigerd' };
  },
);

function ontvanger(v: Verloop, rol: Rol, b: Berichtnummer): void {
  const zender = v.stappen.at(-1)?.door;
  if (zender && zender === rol) throw new Zinsfout(`de ${rol} stuurde het ${berichtnaam(b)} zelf; de ontvanger is de ${tegenrol(rol)}`);
}

const inhoud = (b: Berichtnummer, i: Inhoud): Eis => ({ soort: 'inhoud', bericht: b, inhoud: i });

zin(
  'controle',
  'bevat het {bericht} {toewijzing} met {velden}',
  'Het toewijzingsbericht bevat deze toewijzing met deze waarden (datums als DD-MM-JJJJ, Omvang als "3 uur per week").',
  'bevat het toewijzingsbericht (301) toewijzing 1001 met Einddatum 31-03-2026',
  (v, [b, t, velden]) => inhoud(b as Berichtnummer, { soort: 'toewijzing', nummer: v.toewijzing(t as number | null), velden: velden as Record<string, unknown> }),
);
zin(
  'controle',
  'bevat het {bericht} een nieuwe toewijzing met {velden}',
  'Het toewijzingsbericht bevat een toewijzing met een nummer dat nog niet bestond, met deze waarden.',
  'bevat het toewijzingsbericht (301) een nieuwe toewijzing met Ingangsdatum 01-04-2026, Omvang 4 uur per week',
  (_v, [b, velden]) => inhoud(b as Berichtnummer, { soort: 'toewijzing', nummer: 'nieuw', velden: velden as Record<string, unknown> }),
);
zin(
  'controle',
  'bevat het {bericht} geen nieuwe toewijzing',
  'Het toewijzingsbericht bevat alleen toewijzingen die al bestonden (oprekken, OP380).',
  'bevat het toewijzingsbericht (301) geen nieuwe toewijzing',
  (_v, [b]) => inhoud(b as Berichtnummer, { soort: 'geen-nieuwe-toewijzing' }),
);
zin(
  'controle',
  'heeft de toewijzing hetzelfde toewijzingnummer en einddatum {datum}',
  'De toewijzing is opgerekt: hetzelfde nummer, met deze einddatum (OP380).',
  'heeft de toewijzing hetzelfde toewijzingnummer en einddatum 31-12-2026',
  (v, [eind]) => inhoud('301', { soort: 'toewijzing', nummer: v.toewijzing(), velden: { Einddatum: eind as string } }),
);
zin(
  'controle',
  'neemt de toewijzing de referentie van het verzoek over',
  'De nieuwe toewijzing draagt de ReferentieAanbieder van het verzoek (TR379).',
  'neemt de toewijzing de referentie van het verzoek over',
  () => inhoud('301', { soort: 'referentie-overgenomen' }),
);
zin(
  'controle',
  'neemt het antwoordbericht het verzoek in onderzoek',
  'Het antwoordbericht (319) zegt: aanvraag in onderzoek (antwoord 2).',
  'neemt het antwoordbericht het verzoek in onderzoek',
  () => inhoud('319', { soort: 'antwoord', antwoord: '2' }),
);
zin(
  'controle',
  'wijst het antwoordbericht het verzoek af met reden {int}',
  'Het antwoordbericht (319) wijst af (antwoord 1) met deze reden (WJ759).',
  'wijst het antwoordbericht het verzoek af met reden 1',
  (_v, [reden]) => inhoud('319', { soort: 'antwoord', antwoord: '1', reden: String(reden) }),
);
zin(
  'controle',
  'wijst het antwoordbericht het verzoek af met reden {int} en woonplaatsbeginsel {gemeentecode}',
  'Als hierboven, met de gemeente volgens het woonplaatsbeginsel (Jeugdwet).',
  'wijst het antwoordbericht het verzoek af met reden 8 en woonplaatsbeginsel 0363',
  (_v, [reden, gemeente]) => inhoud('319', { soort: 'antwoord', antwoord: '1', reden: String(reden), woonplaatsbeginsel: gemeente as string }),
);
zin(
  'controle',
  'meldt het startbericht de start van {toewijzing} per {datum}',
  'Het startbericht (305) meldt de start van deze toewijzing met deze begindatum.',
  'meldt het startbericht de start van toewijzing 1001 per 05-01-2026',
  (v, [t, begin]) => inhoud('305', { soort: 'start', nummer: v.toewijzing(t as number | null), begindatum: begin as string }),
);
zin(
  'controle',
  'meldt het stopbericht de stop van {toewijzing} per {datum} {reden}',
  'Het stopbericht (307) meldt de stop van deze toewijzing met deze einddatum en reden beëindiging.',
  'meldt het stopbericht de stop van toewijzing 668877 per 20-06-2023 tijdelijk',
  (v, [t, eind, reden]) =>
    inhoud('307', { soort: 'stop', nummer: v.toewijzing(t as number | null), einddatum: eind as string, reden: redenCode(v.waarden.domein, reden as string) }),
);
zin(
  'controle',
  'bevat het declaratie-antwoord alleen de {int} afgewezen prestatie(s)',
  'Het declaratie-antwoord (325) noemt alleen de afgewezen prestaties (IV087).',
  'bevat het declaratie-antwoord alleen de 1 afgewezen prestatie',
  (_v, [aantal]) => ({ soort: 'retourinhoud', bericht: '323', inhoud: { soort: 'prestaties-afgewezen', aantal: aantal as number } }),
);
zin(
  'controle',
  'krijgt het declaratie-antwoord retourcode {retourcode}',
  'Het declaratie-antwoord (325) draagt deze retourcode (8001: volledig toegekend).',
  'krijgt het declaratie-antwoord retourcode 8001',
  (_v, [code]) => ({ soort: 'retourinhoud', bericht: '323', inhoud: { soort: 'declaratie-antwoord', codes: [code as string] } }),
);
zin(
  'controle',
  'stuurt de {rol} uit zichzelf een startbericht voor {toewijzing}',
  'Na de stap stuurt deze partij zonder verzoek een startbericht (305) voor de toewijzing (een GI, OP270/OP295).',
  'stuurt de aanbieder uit zichzelf een startbericht voor toewijzing 5001',
  (v, [rol, t]) => ({
    soort: 'volgt',
    door: rol as Rol,
    bericht: '305',
    inhoud: { soort: 'start', nummer: v.toewijzing(t as number | null) },
  }),
);

export const WOORDENSCHAT: readonly Zin[] = ZINNEN;
