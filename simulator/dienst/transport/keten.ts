/**
 * Disturbances of the chain: what the infrastructure between two parties (the GGk, VECOZO) does to
 * their messages in the transport scenarios, played by our side of a koppelvlak on purpose. A
 * scenario asks for one with a tag (`@keten-laat`); the runner sets it on our simulator (`keten` in the
 * session's Bestemming). One home for the names, their tags and what they mean.
 */
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
