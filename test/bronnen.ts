/**
 * Where the official reference material is, for tests that use it as an oracle. It sits beside the
 * project at ../shared/istandaarden on developer machines and in CI (or where KETENTEST_ISTANDAARDEN
 * points), never on a user's machine: tests that need it skip with a clear message instead.
 * Also where the project is, and its command line as a user runs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const PROJECT = path.resolve(__dirname, '..', '..');

/** Runs `ketentest <args>` in a child process, as a user would. */
export function ketentest(...args: string[]) {
  return spawnSync(process.execPath, [path.join(PROJECT, 'bin', 'ketentest.js'), ...args], { encoding: 'utf8' });
}

export function istandaarden(): string | undefined {
  const kandidaat = process.env.KETENTEST_ISTANDAARDEN ?? path.resolve(PROJECT, '..', 'shared', 'istandaarden');
  return existsSync(path.join(kandidaat, 'README.md')) ? kandidaat : undefined;
}

/** The koppelvlak material (StUF-GGk schemas and examples, VSP OpenAPI descriptions), or undefined. */
export function koppelvlakken(): string | undefined {
  const kandidaat = process.env.KETENTEST_KOPPELVLAKKEN ?? path.resolve(PROJECT, '..', 'shared', 'koppelvlakken');
  return existsSync(path.join(kandidaat, 'README.md')) ? kandidaat : undefined;
}

/** Reason to skip a koppelvlak oracle test (`xmllint` too when asked), or false. */
export function zonderKoppelvlakOrakel(metXmllint = true): string | false {
  if (!koppelvlakken()) return 'het koppelvlakmateriaal ontbreekt (../shared/koppelvlakken of KETENTEST_KOPPELVLAKKEN): orakeltest overgeslagen';
  if (metXmllint && !heeftXmllint()) return 'xmllint ontbreekt (apt-get install libxml2-utils): orakeltest overgeslagen';
  return false;
}

let xmllintAanwezig: boolean | undefined;
export function heeftXmllint(): boolean {
  if (xmllintAanwezig === undefined) {
    try {
      execFileSync('xmllint', ['--version'], { stdio: 'pipe' });
      xmllintAanwezig = true;
    } catch {
      xmllintAanwezig = false;
    }
  }
  return xmllintAanwezig;
}

/** Reason to skip an oracle test, or false when everything it needs is present. */
export function zonderOrakel(): string | false {
  if (!istandaarden()) return "de officiële XSD's ontbreken (../shared/istandaarden of KETENTEST_ISTANDAARDEN): orakeltest overgeslagen";
  if (!heeftXmllint()) return 'xmllint ontbreekt (apt-get install libxml2-utils): orakeltest overgeslagen';
  return false;
}

/**
 * Validates many files against one XSD in a single xmllint run; returns per file whether it validates.
 */
export function xmllintOordelen(xsd: string, bestanden: readonly string[]): Map<string, boolean> {
  const uit = new Map<string, boolean>();
  const PER_KEER = 500;
  for (let i = 0; i < bestanden.length; i += PER_KEER) {
    const deel = bestanden.slice(i, i + PER_KEER);
    let stderr = '';
    try {
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, ...deel], { stdio: 'pipe', maxBuffer: 256 * 1024 * 1024 });
      stderr = deel.map((b) => `${b} validates`).join('\n');
    } catch (e) {
      stderr = String((e as { stderr?: Buffer }).stderr ?? '');
    }
    const geldig = new Set(
      stderr
        .split('\n')
        .filter((r) => r.endsWith(' validates'))
        .map((r) => r.slice(0, -' validates'.length)),
    );
    for (const b of deel) uit.set(b, geldig.has(b));
  }
  return uit;
}
