/** Argument parsing and checks shared by the commands: node's parseArgs, with Dutch usage errors. */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { leesBronnen } from '../dienst/sessieconfig';
import { fout as foutMetNaam } from '../partij/fouten';
import { isDatum } from '../standaard/berichten/datum';
import type { BronnenConfig } from '../standaard/bronnen/bronnen';
import type { Rol } from '../standaard/woorden';
import { STANDAARD_GRENZEN, type Leesgrenzen } from '../standaard/xml/lezer';

export class Gebruiksfout extends Error {}

/** --help was asked for: main prints the message and exits 0. */
export class Hulp extends Error {}

type Opties = NonNullable<ParseArgsConfig['options']>;

function ontleed<O extends Opties>(args: string[], options: O, hulp: string) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    const m = (e as Error).message.replace(/^Unknown option '(.+?)'.*$/s, "onbekende optie '$1'").replace(/^Option '(.+?)' argument missing.*$/s, "optie '$1' verwacht een waarde");
    throw new Gebruiksfout(`${m}\n\n${hulp}`);
  }
}

/**
 * The options of a command. --help throws Hulp (with `o.volledigeHulp` when the help says more than
 * the usage); `positioneel: false` refuses arguments that are not options.
 */
export function leesArgumenten<O extends Opties>(args: string[], options: O, hulp: string, o: { positioneel?: boolean; volledigeHulp?: string } = {}) {
  const r = ontleed(args, options, hulp);
  if ((r.values as { help?: boolean }).help) throw new Hulp(o.volledigeHulp ?? hulp);
  if (o.positioneel === false && r.positionals.length) throw new Gebruiksfout(`onverwacht argument '${r.positionals[0]}'\n\n${hulp}`);
  return r;
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
  if (!isDatum(waarde)) {
    throw new Gebruiksfout(`--${naam} verwacht een datum als JJJJ-MM-DD, gevonden '${waarde}'`);
  }
  return waarde;
}

/** The reading limits from --max-mb and --max-diepte. */
export function grenzenUit(v: { 'max-mb'?: string | undefined; 'max-diepte'?: string | undefined }): Leesgrenzen {
  return {
    maxBytes: (geheelGetal('max-mb', v['max-mb'], 1) ?? STANDAARD_GRENZEN.maxBytes / 1048576) * 1048576,
    maxDiepte: geheelGetal('max-diepte', v['max-diepte'], 1) ?? STANDAARD_GRENZEN.maxDiepte,
  };
}

/** Reads the JSON configuration of outside sources (--bronnen); a usage error in Dutch when it is unusable. */
export function bronnenUit(pad: string | undefined): BronnenConfig | undefined {
  if (!pad) return undefined;
  let tekst: string;
  try {
    tekst = readFileSync(pad, 'utf8');
  } catch (e) {
    throw new Gebruiksfout(`bronnenbestand ${pad} kan niet gelezen worden (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let config: unknown;
  try {
    config = JSON.parse(tekst);
  } catch (e) {
    throw new Gebruiksfout(`bronnenbestand ${pad} is geen geldige JSON: ${(e as Error).message}`);
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new Gebruiksfout(`bronnenbestand ${pad} moet een JSON-object zijn met gemeenten, productcodes en/of tarieven`);
  }
  const b = leesBronnen(config);
  if ('fouten' in b) throw new Gebruiksfout(`bronnenbestand ${pad} klopt niet: ${b.fouten.slice(0, 5).join('; ')}`);
  return b.bronnen;
}

/** One of a fixed set of words: "--rol moet gemeente of aanbieder zijn, niet 'x'" (with the usage when given). */
export function keuze<const T extends string>(naam: string, waarde: string | undefined, opties: readonly T[], hulp?: string): T {
  if (waarde !== undefined && (opties as readonly string[]).includes(waarde)) return waarde as T;
  const lijst = `${opties.slice(0, -1).join(', ')} of ${opties.at(-1)}`;
  throw new Gebruiksfout(`--${naam} moet ${lijst} zijn${waarde !== undefined ? `, niet '${waarde}'` : ''}${hulp ? `\n\n${hulp}` : ''}`);
}

export function controleerUrl(naam: string, waarde: string | undefined): void {
  if (!waarde) return;
  let protocol: string | undefined;
  try {
    protocol = new URL(waarde).protocol;
  } catch {
    // not a URL at all
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new Gebruiksfout(`--${naam} '${waarde}' is geen http(s)-URL`);
}

/** A code of n digits, such as a CBS code: "--gemeente verwacht een CBS-code van 4 cijfers, niet 'x'". */
export function controleerCijfers(naam: string, waarde: string | undefined, n: number, soort?: string): void {
  if (waarde && !new RegExp(`^\\d{${n}}$`).test(waarde)) {
    throw new Gebruiksfout(`--${naam} verwacht ${soort ? `een ${soort} van ` : ''}${n} cijfers, niet '${waarde}'`);
  }
}

/** The faults named with --fout; each must exist and, when a role is given, belong to it. */
export function controleerFouten(namen: readonly string[] | undefined, rol?: Rol): void {
  for (const f of namen ?? []) {
    const bekend = foutMetNaam(f);
    if (!bekend) throw new Gebruiksfout(`onbekende fout '${f}'; 'ketentest simulator --fouten' toont ze`);
    if (rol && bekend.rol !== 'beide' && bekend.rol !== rol) throw new Gebruiksfout(`fout '${f}' hoort bij de rol ${bekend.rol}, niet bij ${rol}`);
  }
}

/** A free text such as a name: not empty, on one line, at most `max` characters; returned trimmed. */
export function tekst(naam: string, waarde: string, max = 200): string {
  const t = waarde.trim();
  if (!t || /[\r\n]/.test(t) || t.length > max) throw new Gebruiksfout(`--${naam} verwacht een tekst van 1 tot ${max} tekens op één regel, gevonden '${waarde}'`);
  return t;
}

/** The mutual-TLS files of --tls-cert, --tls-key and --tls-ca (all three or none), read; a usage error in Dutch otherwise. */
export function tlsUit(v: {
  'tls-cert'?: string | undefined;
  'tls-key'?: string | undefined;
  'tls-ca'?: string | undefined;
}): { cert: Buffer; key: Buffer; ca: Buffer } | undefined {
  const delen = [v['tls-cert'], v['tls-key'], v['tls-ca']];
  if (!delen.some(Boolean)) return undefined;
  if (!delen.every(Boolean)) throw new Gebruiksfout('--tls-cert, --tls-key en --tls-ca horen bij elkaar');
  const lees = (naam: string, b: string) => {
    try {
      return readFileSync(b);
    } catch (e) {
      throw new Gebruiksfout(`--${naam} ${b} kan niet gelezen worden (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  };
  return { cert: lees('tls-cert', v['tls-cert']!), key: lees('tls-key', v['tls-key']!), ca: lees('tls-ca', v['tls-ca']!) };
}
