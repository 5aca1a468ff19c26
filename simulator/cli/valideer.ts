/**
 * `ketentest valideer <bestand>... [--json]`: validates message files in one process.
 * Exit 0 when all are valid, 1 when any is invalid, 2 for usage errors or unreadable files.
 */
import { openSync, closeSync, fstatSync, readSync } from 'node:fs';
import { valideerXml, type Bevinding } from '../berichten/validator';
import { STANDAARD_GRENZEN, type Leesgrenzen } from '../xml/lezer';
import { geheelGetal, Gebruiksfout, leesArgumenten } from './argumenten';

const HULP = `Gebruik: ketentest valideer <bestand>... [--json] [--max-mb N] [--max-diepte N]

Valideert iWmo/iJw 3.2-berichten tegen het berichtschema.
  --json          één JSON-array, één object per bestand in de volgorde van de argumenten
  --max-mb N      grootste bestand dat gelezen wordt, in MB (standaard 50)
  --max-diepte N  diepste nesting van elementen (standaard ${STANDAARD_GRENZEN.maxDiepte})

Exitcode: 0 alle bestanden geldig, 1 een of meer ongeldig, 2 gebruiks- of leesfout.`;

export interface Bestandsoordeel {
  bestand: string;
  berichttype: string | null;
  geldig: boolean;
  bevindingen: Bevinding[];
}

/** Reads a file without loading more than the limit allows; undefined plus a finding when it cannot. */
export function leesBestand(bestand: string, grenzen: Leesgrenzen): { bytes?: Buffer; fout?: string; io?: boolean } {
  let fd: number | undefined;
  try {
    fd = openSync(bestand, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) return { fout: 'is een map, geen bestand', io: true };
    if (st.size > grenzen.maxBytes) {
      return { fout: `het bestand is ${(st.size / 1048576).toFixed(1)} MB groot; de grens is ${(grenzen.maxBytes / 1048576).toFixed(1)} MB` };
    }
    const bytes = Buffer.alloc(st.size);
    let gelezen = 0;
    while (gelezen < st.size) {
      const n = readSync(fd, bytes, gelezen, st.size - gelezen, gelezen);
      if (n === 0) break;
      gelezen += n;
    }
    return { bytes: bytes.subarray(0, gelezen) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reden = code === 'ENOENT' ? 'bestand bestaat niet' : code === 'EACCES' ? 'geen leesrechten' : code === 'EISDIR' ? 'is een map, geen bestand' : `kan niet gelezen worden (${code ?? (e as Error).message})`;
    return { fout: reden, io: true };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function valideerBestand(bestand: string, grenzen: Leesgrenzen): Bestandsoordeel & { io?: boolean } {
  const { bytes, fout, io } = leesBestand(bestand, grenzen);
  if (!bytes) return { bestand, berichttype: null, geldig: false, bevindingen: [{ pad: '/', melding: fout!, regel: 'XSD' }], ...(io && { io }) };
  const r = valideerXml(bytes, grenzen);
  return { bestand, berichttype: r.berichttype, geldig: r.geldig, bevindingen: r.bevindingen };
}

export function grenzenUit(v: { 'max-mb'?: string; 'max-diepte'?: string }): Leesgrenzen {
  return {
    maxBytes: (geheelGetal('max-mb', v['max-mb'], 1) ?? STANDAARD_GRENZEN.maxBytes / 1048576) * 1048576,
    maxDiepte: geheelGetal('max-diepte', v['max-diepte'], 1) ?? STANDAARD_GRENZEN.maxDiepte,
  };
}

export function valideerOpdracht(args: string[]): number {
  const { values, positionals } = leesArgumenten(args, {
    json: { type: 'boolean' },
    'max-mb': { type: 'string' },
    'max-diepte': { type: 'string' },
  }, HULP);
  if (values.help) {
    console.log(HULP);
    return 0;
  }
  if (positionals.length === 0) throw new Gebruiksfout(`geef een of meer bestanden op\n\n${HULP}`);
  const grenzen = grenzenUit(values);
  const oordelen = positionals.map((b) => valideerBestand(b, grenzen));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(oordelen.map(({ io: _io, ...o }) => o), null, 2)}\n`);
  } else {
    for (const o of oordelen) {
      console.log(`${o.bestand}: ${o.geldig ? 'geldig' : 'ONGELDIG'}${o.berichttype ? ` (${o.berichttype})` : ''}`);
      for (const b of o.bevindingen) console.log(`  ${b.pad}: ${b.melding} [${b.regel}]`);
    }
    const ongeldig = oordelen.filter((o) => !o.geldig).length;
    console.log(`${oordelen.length} bestand(en), ${oordelen.length - ongeldig} geldig, ${ongeldig} ongeldig`);
  }
  if (oordelen.some((o) => o.io)) return 2;
  return oordelen.every((o) => o.geldig) ? 0 : 1;
}
