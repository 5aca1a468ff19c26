/**
 * Disturbances of the chain: what the infrastructure between two parties (the GGk, VECOZO) does to
 * their messages in the transport scenarios, played by our side of a koppelvlak on purpose. A
 * scenario asks for one with a tag (`@keten-laat`); the runner sets it on our simulator (`keten` in the
 * session's Bestemming). One home for the names, their tags and what they mean.
 */
import { createHash } from 'node:crypto';
import type { Bestemming } from './contract';

export const KETENSTORINGEN = {
  laat: 'onze enveloppen zijn drie dagen oud: de keten hield ze vast en levert ze laat af',
  fo01: 'het knooppunt weigert de eerste aflevering van elk bericht van het systeem onder test met een Fo01 IB103 (tijdelijk geblokkeerd)',
  '422': 'de pushservice weigert de eerste push van elk bericht van het systeem onder test met 422',
  'venster-1': 'de ophaallijst toont één bericht tegelijk: de wachtrij schuift pas op na bevestiging (DELETE)',
} as const;

export type Ketenstoring = keyof typeof KETENSTORINGEN;

/** The tag that asks for a disturbance in a scenario. */
export function ketentag(s: Ketenstoring): string {
  return `@keten-${s}`;
}

/** The disturbances a scenario's tags ask for. */
export function storingenUitTags(tags: readonly string[]): Ketenstoring[] {
  return (Object.keys(KETENSTORINGEN) as Ketenstoring[]).filter((s) => tags.includes(ketentag(s)));
}

export function keten(b: Bestemming): ReadonlySet<string> {
  return new Set(b.keten ?? []);
}

/** One day in milliseconds. */
export const DAG_MS = 24 * 60 * 60 * 1000;

/** How far back the disturbance 'laat' dates our messages: three days, held in the chain. */
export const LAAT_MS = 3 * DAG_MS;

/** The sha256 of content as hex, for the transports' checksums and keys; several parts are hashed with a NUL between them. */
export function sha256(...delen: (Buffer | string)[]): string {
  const h = createHash('sha256');
  let eerste = true;
  for (const d of delen) {
    if (!eerste) h.update('\u0000');
    h.update(d);
    eerste = false;
  }
  return h.digest('hex');
}

/**
 * Whether a disturbance that refuses the first delivery of each message ('fo01', '422') refuses this
 * one: true the first time a payload comes while the disturbance is on, false after (and whenever it is
 * off). The payload is hashed only when the disturbance is on; `geweigerd` remembers what was refused.
 */
export function eersteKeerWeigeren(b: Bestemming, storing: Ketenstoring, payload: Buffer, geweigerd: Set<string>): boolean {
  if (!keten(b).has(storing)) return false;
  const sleutel = sha256(payload);
  if (geweigerd.has(sleutel)) return false;
  geweigerd.add(sleutel);
  return true;
}
