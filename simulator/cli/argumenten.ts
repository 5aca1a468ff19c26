/** Argument parsing shared by the commands: node's parseArgs, with Dutch usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class Gebruiksfout extends Error {}

type Opties = NonNullable<ParseArgsConfig['options']>;

export function leesArgumenten<O extends Opties>(args: string[], options: O, hulp: string) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    const m = (e as Error).message
      .replace(/^Unknown option '(.+?)'.*$/s, "onbekende optie '$1'")
      .replace(/^Option '(.+?)' argument missing.*$/s, "optie '$1' verwacht een waarde");
    throw new Gebruiksfout(`${m}\n\n${hulp}`);
  }
}

export function geheelGetal(naam: string, waarde: string | undefined, min: number): number | undefined {
  if (waarde === undefined) return undefined;
  if (!/^[0-9]+$/.test(waarde) || Number(waarde) < min) {
    throw new Gebruiksfout(`--${naam} verwacht een geheel getal vanaf ${min}, gevonden '${waarde}'`);
  }
  return Number(waarde);
}

export function datum(naam: string, waarde: string | undefined): string | undefined {
  if (waarde === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waarde);
  const d = m ? new Date(`${waarde}T00:00:00Z`) : undefined;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== waarde) {
    throw new Gebruiksfout(`--${naam} verwacht een datum als JJJJ-MM-DD, gevonden '${waarde}'`);
  }
  return waarde;
}
