/**
 * `--handmatig`: a tester takes the steps of the system under test. The suite writes the step as an
 * instruction (scenarios/instructie.ts) and waits for the message the system then sends. Whoever
 * shows the instruction listens here: the terminal of `ketentest run`, a test that plays the tester.
 */
import { EventEmitter } from 'node:events';
import type { Domein } from '../simulator/standaard/woorden';
import type { Actie } from '../simulator/partij/acties';
import type { Rol } from '../simulator/standaard/woorden';
import { instructieTekst } from './instructie';
import type { SutDriver } from './speler';

export interface Instructie {
  /** The role the system under test plays, and its domain. */
  readonly rol: Rol;
  readonly domein: Domein;
  /** The step as the scenario says it (with the run's dates). */
  readonly stap: string;
  /** Every value to enter, a line each. */
  readonly regels: readonly string[];
}

export const instructies = new EventEmitter();

/** The instruction as a tester reads it in the terminal. */
export function toonInstructie(i: Instructie): string {
  return [`>>> Handmatige stap voor het systeem onder test (${i.rol}, ${i.domein}): ${i.stap}`, ...i.regels.map((r) => `    ${r}`), '    (de suite wacht op het bericht)'].join(
    '\n',
  );
}

export function handmatigeDriver(rol: Rol, domein: Domein): SutDriver {
  return {
    actie: async (a: Actie, omschrijving: string) => {
      const i: Instructie = { rol, domein, stap: omschrijving, regels: instructieTekst(a, domein) };
      instructies.emit('instructie', i);
    },
  };
}
