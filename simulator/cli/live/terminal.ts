/**
 * `ketentest run --handmatig` in the terminal: the tester presses Enter when a step is done. Every
 * line on the input says "gedaan" for the oldest instruction that waits for it. When the input ends
 * (no terminal: CI, `< /dev/null`), this place detaches; the run's timeout bounds every wait.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { koppelTester, meldGedaan } from '../../../scenarios/handmatig';

/** Attaches the input as a place to say "gedaan"; returns the detach (which also stops reading it). `klaar`: the input ended. */
export function terminalTester(invoer: Readable, maxWachtMs: number, log: (regel: string) => void, klaar?: () => void): () => void {
  const los = koppelTester(maxWachtMs);
  const rl = createInterface({ input: invoer, terminal: false });
  rl.on('line', () => {
    const i = meldGedaan(undefined, 'terminal');
    log(i ? '    gedaan (in de terminal): de suite wacht nu op het bericht' : "    (er wacht geen handmatige stap op 'gedaan')");
  });
  rl.on('close', () => {
    los();
    klaar?.();
  });
  return () => {
    rl.close();
    los();
    // Reading stops, so the process can end (stdin would keep it alive).
    invoer.pause();
  };
}
