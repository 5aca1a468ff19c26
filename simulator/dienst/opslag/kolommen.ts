/**
 * The message log as both stores hold it (SQLite, PostgreSQL): which columns there are, which a
 * change may touch, and the JSON columns (envelope, findings, retourcodes, configuration, event) as
 * text in the database and typed values at the interface.
 */
import type { Bevinding } from '../../standaard/berichten/validator';
import type { Retourcode } from '../../standaard/regels/beoordeling';
import type { Gebeurtenis } from '../../standaard/toestand/toestand';
import type { Envelop } from '../transport/contract';
import type { BerichtRij, Berichtwijziging, OpgeslagenSessie, SessieRij } from './contract';

/** A message row as the database holds it: the JSON columns as text (and the delivery lease beside them). */
export type Kolommen = Omit<BerichtRij, 'envelop' | 'bevindingen' | 'retourcodes'> & {
  envelop: string | null;
  bevindingen: string | null;
  retourcodes: string | null;
  bezet_tot?: number | null;
};

/**
 * The indexes of the log, the same in both stores: by place in the log, by each filter of the log API,
 * and the small partial ones that are the queues (unprocessed, waiting for delivery, set out). Every
 * lookup on the hot path uses one of them; none reads a session's whole log. (`volgnr` is unique in
 * PostgreSQL, where places are handed out across processes; the store adds that itself.)
 */
export const INDEXEN = `
create index if not exists berichten_identificatie on berichten (sessie, richting, identificatie);
create index if not exists berichten_bsn on berichten (sessie, bsn, volgnr);
create index if not exists berichten_type on berichten (sessie, berichttype, volgnr);
create index if not exists berichten_sleutel on berichten (sessie, berichttype, sleutel) where sleutel is not null;
create index if not exists berichten_onverwerkt on berichten (sessie, volgnr) where status = 'ontvangen';
create index if not exists berichten_wachtrij on berichten (sessie, volgnr) where afleverstatus = 'wachtend';
create index if not exists berichten_klaargezet on berichten (sessie, volgnr) where afleverstatus = 'klaargezet';
`;

/** The columns of a log entry without the message itself. */
export const KOP_KOLOMMEN = [
  'id',
  'sessie',
  'volgnr',
  'richting',
  'transport',
  'envelop',
  'berichttype',
  'bsn',
  'identificatie',
  'sleutel',
  'status',
  'bevindingen',
  'retourcodes',
  'gerelateerd',
  'afleverstatus',
  'pogingen',
  'laatste_fout',
  'volgende_poging',
  'tijdstip',
] as const;

/** What is written when a message is stored: every column but its place in the log, which the store hands out. */
export const INVOEG_KOLOMMEN = [...KOP_KOLOMMEN.filter((k) => k !== 'volgnr'), 'xml', 'origineel'] as const;

/** The columns `werkBij` may change: a column name is never taken from outside this list. */
export const WIJZIGBAAR: ReadonlySet<string> = new Set(KOP_KOLOMMEN.filter((k) => !['id', 'sessie', 'volgnr', 'richting', 'tijdstip'].includes(k)));

const JSON_KOLOMMEN = new Set(['envelop', 'bevindingen', 'retourcodes']);

export const alsJson = (w: unknown) => (w === null || w === undefined ? null : JSON.stringify(w));

/** A row read from the database as the interface has it. */
export function uitRij<T extends Partial<Kolommen>>(k: T) {
  const { bezet_tot: _lease, ...rest } = k;
  return {
    ...rest,
    envelop: k.envelop ? (JSON.parse(k.envelop) as Envelop) : { transport: k.transport! },
    bevindingen: k.bevindingen ? (JSON.parse(k.bevindingen) as Bevinding[]) : null,
    retourcodes: k.retourcodes ? (JSON.parse(k.retourcodes) as Retourcode[]) : null,
  };
}

/** A row (or part of one) as the database takes it. */
export function naarKolommen<T extends Partial<BerichtRij>>(r: T) {
  return {
    ...r,
    ...('envelop' in r && { envelop: alsJson(r.envelop) }),
    ...('bevindingen' in r && { bevindingen: alsJson(r.bevindingen) }),
    ...('retourcodes' in r && { retourcodes: alsJson(r.retourcodes) }),
  };
}

/** The columns and values of a change, only those `werkBij` may touch, JSON as text. */
export function wijziging(velden: Berichtwijziging): { namen: string[]; waarden: unknown[] } {
  const namen = Object.keys(velden).filter((n) => WIJZIGBAAR.has(n));
  const waarden = namen.map((n) => {
    const w = (velden as Record<string, unknown>)[n];
    return JSON_KOLOMMEN.has(n) ? alsJson(w) : (w ?? null);
  });
  return { namen, waarden };
}

/** The event column keeps its historical shape: the acceptance with the kind of event beside it. */
export function gebeurtenisNaar(g: Gebeurtenis): string {
  return JSON.stringify({ soort: g.soort, ...g.acceptatie });
}

export function gebeurtenisUit(tekst: string): Gebeurtenis {
  const { soort, ...a } = JSON.parse(tekst) as { soort: Gebeurtenis['soort'] } & Gebeurtenis['acceptatie'];
  return { soort, acceptatie: a };
}

/** A session row as read back: a configuration that is not even JSON stays text, and is reported as one that cannot load. */
export function uitSessie(k: Omit<SessieRij, 'config'> & { config: string }): OpgeslagenSessie {
  let config: unknown;
  try {
    config = JSON.parse(k.config);
  } catch {
    config = k.config;
  }
  return { ...k, config };
}
