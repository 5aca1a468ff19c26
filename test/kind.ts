/**
 * Simulators in child processes, for what only a real process shows: kill -9 in the middle of work, two
 * processes on one store. `startKind` runs `test/kind-simulator.ts` (startSimulator with the options given
 * as JSON) and resolves with its URL once it listens; `ketentestKind` runs the command line itself.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { StartOpties } from '../simulator/dienst/starten';
import { PROJECT } from './bronnen';

export interface Kind {
  readonly url: string;
  readonly proces: ChildProcess;
  /** What it wrote to stderr so far. */
  fouten(): string;
  /** kill -9: no chance to finish anything. */
  doodt(): Promise<void>;
  /** SIGTERM, and wait for it to end. */
  stop(): Promise<void>;
}

function volg(proces: ChildProcess, patroon: RegExp, ms: number): Promise<{ match: RegExpExecArray; fouten: () => string }> {
  let uit = '';
  let err = '';
  proces.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
  });
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`kind start niet binnen ${ms} ms: ${err}`)), ms);
    proces.stdout!.on('data', (d: Buffer) => {
      uit += d.toString();
      const m = patroon.exec(uit);
      if (m) {
        clearTimeout(t);
        resolve({ match: m, fouten: () => err });
      }
    });
    proces.once('exit', (code) => {
      clearTimeout(t);
      reject(new Error(`kind stopte met ${code} voor het luisterde: ${err}`));
    });
  });
}

function kind(proces: ChildProcess, url: string, fouten: () => string): Kind {
  const einde = new Promise<void>((resolve) => proces.once('exit', () => resolve()));
  return {
    url,
    proces,
    fouten,
    doodt: async () => {
      proces.kill('SIGKILL');
      await einde;
    },
    stop: async () => {
      proces.kill('SIGTERM');
      await einde;
    },
  };
}

/** A simulator in a child process with these start options (`poort` 0 when not given). */
export async function startKind(o: StartOpties, env: NodeJS.ProcessEnv = {}, nodeArgs: readonly string[] = []): Promise<Kind> {
  const proces = spawn(process.execPath, [...nodeArgs, path.join(PROJECT, 'dist', 'test', 'kind-simulator.js'), JSON.stringify({ poort: 0, ...o })], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const { match, fouten } = await volg(proces, /luistert op (\S+)/, 20_000);
  return kind(proces, match[1]!, fouten);
}

/** `ketentest simulator <args>` in a child process, once it listens. */
export async function ketentestKind(...args: string[]): Promise<Kind> {
  const proces = spawn(process.execPath, [path.join(PROJECT, 'bin', 'ketentest.js'), 'simulator', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const { match, fouten } = await volg(proces, /luistert op (\S+?)(;|\s|$)/, 20_000);
  return kind(proces, match[1]!, fouten);
}
