/**
 * `--handmatig`: a tester takes the steps of the system under test. The suite writes the step as an
 * instruction (scenarios/instructie.ts); whoever shows it listens here (the terminal of `ketentest
 * run`, its web view, a test that plays the tester). When a place is attached where the tester can
 * say the step is done (`koppelTester`: the terminal's Enter, the web view's "gedaan" button), the
 * suite waits for that "gedaan" (`meldGedaan`), at most the run's timeout; then, as without one, it
 * waits for the message the system sends.
 *
 * Events of `instructies`: 'instructie' (Instructie) when a step is asked; 'gedaan' (Instructie, door)
 * when a tester said it is done; 'verlopen' (Instructie) when nobody did in time.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Domein } from '../simulator/standaard/woorden';
import type { Actie } from '../simulator/partij/acties';
import type { Rol } from '../simulator/standaard/woorden';
import { instructieTekst } from './instructie';
import type { SutDriver } from './speler';

export interface Instructie {
  /** Names the instruction when a tester says it is done (random: a web page cannot guess it). */
  readonly id: string;
  /** The role the system under test plays, and its domain. */
  readonly rol: Rol;
  readonly domein: Domein;
  /** The step as the scenario says it (with the run's dates). */
  readonly stap: string;
  /** Every value to enter, a line each. */
  readonly regels: readonly string[];
}

export const instructies = new EventEmitter();

interface Open {
  readonly instructie: Instructie;
  readonly klaar: () => void;
}

/** Instructions waiting for "gedaan", oldest first. */
const open = new Map<string, Open>();
/** The attached places where a tester says "gedaan", with how long each lets the suite wait. */
const testers = new Map<symbol, number>();
/** Called when the last place detaches: a waiting instruction then goes on to wait for the message. */
const losgekoppeld = new Set<() => void>();

/**
 * Attaches a place where a tester says "gedaan" (the terminal, the web view). While one is attached, each
 * instruction waits for "gedaan", at most `maxWachtMs` (the longest of the attached places). Returns
 * the detach; when the last place detaches, nothing waits for "gedaan" any more.
 */
export function koppelTester(maxWachtMs: number): () => void {
  const sleutel = Symbol('tester');
  testers.set(sleutel, maxWachtMs);
  return () => {
    if (!testers.delete(sleutel) || testers.size) return;
    for (const f of [...losgekoppeld]) f();
  };
}

/** Whether the suite waits for "gedaan" after an instruction now. */
export function wachtOpGedaan(): boolean {
  return testers.size > 0;
}

/**
 * A tester says a step is done: the instruction with this id, or without one the oldest that waits
 * (the terminal's Enter). Returns the instruction, or undefined when none waits (by that id).
 */
export function meldGedaan(id: string | undefined, door: string): Instructie | undefined {
  const o = id === undefined ? open.values().next().value : open.get(id);
  if (!o) return undefined;
  open.delete(o.instructie.id);
  o.klaar();
  instructies.emit('gedaan', o.instructie, door);
  return o.instructie;
}

/** The instructions waiting for "gedaan", oldest first. */
export function openInstructies(): Instructie[] {
  return [...open.values()].map((o) => o.instructie);
}

/**
 * The instruction as a tester reads it in the terminal; `hoeGedaan` says how to report the step done
 * (when the run waits for that), else the suite just waits for the message.
 */
export function toonInstructie(i: Instructie, hoeGedaan?: string): string {
  const slot = hoeGedaan ? `    (${hoeGedaan}; daarna wacht de suite op het bericht)` : '    (de suite wacht op het bericht)';
  return [`>>> Handmatige stap voor het systeem onder test (${i.rol}, ${i.domein}): ${i.stap}`, ...i.regels.map((r) => `    ${r}`), slot].join('\n');
}

/** Waits until a tester says the instruction is done, the last place detaches, or the time is up (rejects). */
function wachtTotGedaan(i: Instructie, ms: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const klaar = () => {
      clearTimeout(timer);
      losgekoppeld.delete(los);
      open.delete(i.id);
      resolve();
    };
    const los = () => klaar();
    const timer = setTimeout(() => {
      losgekoppeld.delete(los);
      open.delete(i.id);
      instructies.emit('verlopen', i);
      const e = new Error(`niemand meldde binnen ${Math.round(ms / 1000)} s dat de handmatige stap '${i.stap}' gedaan is (Enter in de terminal of 'gedaan' in de webweergave)`);
      e.stack = e.message;
      reject(e);
    }, ms);
    losgekoppeld.add(los);
    open.set(i.id, { instructie: i, klaar });
  });
}

export function handmatigeDriver(rol: Rol, domein: Domein): SutDriver {
  return {
    actie: async (a: Actie, omschrijving: string) => {
      const i: Instructie = { id: randomUUID(), rol, domein, stap: omschrijving, regels: instructieTekst(a, domein) };
      const wacht = testers.size ? Math.max(...testers.values()) : 0;
      const gedaan = wacht ? wachtTotGedaan(i, wacht) : undefined;
      instructies.emit('instructie', i);
      await gedaan;
    },
  };
}
