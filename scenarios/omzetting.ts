/**
 * How a case's values are mapped onto one run against a system under test that keeps its own clock
 * and state: dates moved (scenarios/tijdlijn.ts chooses how), and the client, toewijzing numbers and
 * references made unique to the run (scenarios/uniek.ts). One mapping serves every place a value
 * shows up: the actions, the messages we send as they are, the expectations and the sentences a
 * tester reads, so they cannot disagree.
 */
import { isDatum, maandVan } from '../simulator/standaard/berichten/datum';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import type { Stap } from './model';

export interface Omzetting {
  /** A date of the case → the date in this run. */
  readonly datum?: (d: string) => string;
  /** A Dagtekening of the case → the one in this run (never after the day the run happens). */
  readonly dagtekening?: (d: string) => string;
  readonly bsn?: (b: string) => string;
  readonly nummer?: (n: number) => number;
  readonly referentie?: (r: string) => string;
}

const NUMMERVELDEN = new Set(['ToewijzingNummer', 'toewijzingNummer', 'nummer', 'toewijzing']);
const REFERENTIEVELDEN = new Set([
  'ReferentieAanbieder',
  'referentieAanbieder',
  'referentie',
  'ReferentieNummer',
  'VorigReferentieNummer',
  'vorigeReferentie',
  'declaratieNummer',
  'DeclaratieNummer',
]);
const BSNVELDEN = new Set(['Bsn', 'bsn', 'client']);
/** The dates that say when a message was written: they must not lie after the receiver's today (TR135). */
const DAGTEKENINGVELDEN = new Set(['Dagtekening', 'DeclaratieDagtekening', 'DagtekeningRetour', 'dagtekening']);

/** A month (YYYY-MM) mapped through its first day. */
function maand(o: Omzetting, m: string): string {
  return maandVan(o.datum!(`${m}-01`));
}

/** Applies an Omzetting to every date, month, number and reference in a value, by field name. */
export function zetOm<T>(w: T, o: Omzetting, veld = ''): T {
  if (typeof w === 'string') {
    if (o.bsn && BSNVELDEN.has(veld)) return o.bsn(w) as T;
    if (o.referentie && REFERENTIEVELDEN.has(veld)) return o.referentie(w) as T;
    if (o.datum && isDatum(w)) return (DAGTEKENINGVELDEN.has(veld) && o.dagtekening ? o.dagtekening(w) : o.datum(w)) as T;
    if (o.datum && /^\d{4}-\d{2}$/.test(w)) return maand(o, w) as T;
    return w;
  }
  if (typeof w === 'number') return (o.nummer && NUMMERVELDEN.has(veld) ? o.nummer(w) : w) as T;
  if (Array.isArray(w)) return w.map((x) => zetOm(x, o, veld)) as T;
  if (w && typeof w === 'object') return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, zetOm(v, o, k)])) as T;
  return w;
}

export const MAANDNAMEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

/** 05-01-2026 → 2026-01-05 */
export function leesDatum(t: string): string {
  const [d, m, j] = t.split('-');
  return `${j}-${m}-${d}`;
}

/** 2026-01-05 → 05-01-2026 */
export function datumTekst(d: string): string {
  return `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;
}

/** januari 2026 → 2026-01 */
export function leesMaand(t: string): string {
  const [naam, jaar] = t.split(' ');
  return `${jaar}-${String(MAANDNAMEN.indexOf(naam as (typeof MAANDNAMEN)[number]) + 1).padStart(2, '0')}`;
}

/** 2026-01 → januari 2026 */
export function maandTekst(m: string): string {
  return `${MAANDNAMEN[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;
}

/**
 * The dates in a sentence, mapped: 05-01-2026 and 2026-01-05 keep their form, 'januari 2026' its
 * month name. A date that does not exist (a deliberately wrong one) stays as it is.
 */
export function zetOmInTekst(tekst: string, o: Omzetting): string {
  if (!o.datum) return tekst;
  const datum = o.datum;
  return tekst
    .replace(/\b\d{2}-\d{2}-\d{4}\b/g, (heel) => {
      const iso = leesDatum(heel);
      return isDatum(iso) ? datumTekst(datum(iso)) : heel;
    })
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (heel) => (isDatum(heel) ? datum(heel) : heel))
    .replace(new RegExp(`\\b(?:${MAANDNAMEN.join('|')}) \\d{4}\\b`, 'g'), (heel) => maandTekst(maand(o, leesMaand(heel))));
}

/** The dates in an XML text we send as it is: a Dagtekening as a Dagtekening, other valid dates as dates. */
export function zetOmInXml(xml: string, o: Omzetting): string {
  if (!o.datum) return xml;
  return xml.replace(/(<(?:[\w-]+:)?(\w+)>)(\d{4}-\d{2}-\d{2})(<)/g, (heel, open: string, naam: string, d: string, sluit: string) =>
    isDatum(d) ? `${open}${DAGTEKENINGVELDEN.has(naam) && o.dagtekening ? o.dagtekening(d) : o.datum!(d)}${sluit}` : heel,
  );
}

/**
 * The steps with every value mapped. A step's `datum` becomes the Dagtekening our simulator gives
 * its message (never after today); messages sent as they are get mapped after they are written on
 * the case's own date.
 */
export function zetStappenOm(stappen: readonly Stap[], o: Omzetting): Stap[] {
  return stappen.map((ruw) => {
    const { bericht, xml, titel, datum, ...rest } = ruw;
    const opDatum = (s: Sjablonen) => new Sjablonen(s.domein, { ...s.opties, dagtekening: datum });
    return {
      ...zetOm(rest, o),
      titel: zetOmInTekst(titel, o),
      datum: o.dagtekening ? o.dagtekening(datum) : datum,
      ...(bericht && {
        bericht: (s: Sjablonen) => {
          const b = bericht(opDatum(s));
          // zetOm keeps the message's type: only values change.
          return { nummer: b.nummer, bericht: zetOm(b.bericht, o) } as typeof b;
        },
      }),
      ...(xml && { xml: (s: Sjablonen) => zetOmInXml(xml(opDatum(s)), o) }),
    };
  });
}
