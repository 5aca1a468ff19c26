/**
 * The vocabulary every layer speaks: the two domains of the standard and the two roles in an
 * exchange. One home, so a word means the same thing in the message model, the rules, the parties,
 * the service and the suite.
 */

/** The two standards: iWmo (Wet maatschappelijke ondersteuning) and iJw (Jeugdwet). */
export type Domein = 'wmo' | 'jw';
export const DOMEINEN: readonly Domein[] = ['wmo', 'jw'];

/** The two parties of an exchange. */
export type Rol = 'gemeente' | 'aanbieder';
export const ROLLEN: readonly Rol[] = ['gemeente', 'aanbieder'];

/** The other party. */
export function tegenrol(r: Rol): Rol {
  return r === 'gemeente' ? 'aanbieder' : 'gemeente';
}
