/**
 * `ketentest valideer <bestand>...`: validates message files in one process, as one ordered exchange
 * between one gemeente and one aanbieder (per domain): each file is checked against the message
 * schema and, when it passes, against the rules, with the state the files before it left.
 * Exit 0 when all are valid, 1 when any is invalid, 2 for usage errors or unreadable files.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { berichtInfo, type Berichttype } from '../standaard/berichten/catalogus';
import type { Domein } from '../standaard/woorden';
import { schrijfXml } from '../standaard/berichten/codec';
import { valideerXml, type Bevinding } from '../standaard/berichten/validator';
import { Bronnen } from '../standaard/bronnen/bronnen';
import type { Retourcode } from '../standaard/regels/beoordeling';
import { Uitwisseling } from '../partij/uitwisseling';
import { STANDAARD_GRENZEN, type Leesgrenzen } from '../standaard/xml/lezer';
import { bronnenUit, datum, Gebruiksfout, grenzenUit, leesArgumenten } from './argumenten';

const HULP = `Gebruik: ketentest valideer <bestand>... [opties]

Valideert iWmo/iJw 3.2-berichten tegen het berichtschema en de regels (TR, CD, CS). De bestanden
vormen samen één uitwisseling tussen één gemeente en één aanbieder, in de gegeven volgorde: elk
bericht wordt beoordeeld met wat de eerdere berichten hebben vastgelegd.

  --json              één JSON-array, één object per bestand in de volgorde van de argumenten
  --systeemdatum D    de systeemdatum van de ontvanger (JJJJ-MM-DD; standaard vandaag), voor TR135
  --retour MAP        schrijf de retourberichten die een ontvanger zou sturen in MAP
  --bronnen BESTAND   JSON met gemeentecodes, productcodes en contracttarieven (externe bronnen)
  --max-mb N          grootste bestand dat gelezen wordt, in MB (standaard 50)
  --max-diepte N      diepste nesting van elementen (standaard ${STANDAARD_GRENZEN.maxDiepte})

Exitcode: 0 alle bestanden geldig, 1 een of meer ongeldig, 2 gebruiks- of leesfout.`;

export interface Bestandsoordeel {
  bestand: string;
  berichttype: Berichttype | null;
  geldig: boolean;
  bevindingen: Bevinding[];
  retourcodes: Retourcode[];
}

/** Reads a file without loading more than the limit allows; a finding when it cannot. */
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
    const reden =
      code === 'ENOENT'
        ? 'bestand bestaat niet'
        : code === 'EACCES'
          ? 'geen leesrechten'
          : code === 'EISDIR'
            ? 'is een map, geen bestand'
            : `kan niet gelezen worden (${code ?? (e as Error).message})`;
    return { fout: reden, io: true };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** An ordered exchange of files: schema, then rules with the state of the files before. */
export class Bestandsuitwisseling {
  private readonly perDomein = new Map<Domein, Uitwisseling>();

  constructor(
    private readonly bronnen: () => Bronnen,
    private readonly grenzen: Leesgrenzen,
  ) {}

  beoordeel(bestand: string): Bestandsoordeel & { io?: boolean; retour?: { type: Berichttype; xml: string } } {
    const { bytes, fout, io } = leesBestand(bestand, this.grenzen);
    if (!bytes) {
      return { bestand, berichttype: null, geldig: false, bevindingen: [{ pad: '/', melding: fout!, regel: io ? 'BESTAND' : 'XSD' }], retourcodes: [], ...(io && { io }) };
    }
    const r = valideerXml(bytes, this.grenzen);
    // Controleniveau 1: a message that fails the schema gets no retourbericht (IV028).
    if (!r.getypt) return { bestand, berichttype: r.berichttype, geldig: false, bevindingen: r.bevindingen, retourcodes: [] };
    const domein = berichtInfo(r.getypt.type).domein;
    let u = this.perDomein.get(domein);
    if (!u) this.perDomein.set(domein, (u = new Uitwisseling(this.bronnen())));
    const b = u.ontvang(r.getypt);
    return {
      bestand,
      berichttype: r.berichttype,
      geldig: b.bevindingen.length === 0,
      bevindingen: b.bevindingen,
      retourcodes: b.retourcodes,
      ...(b.retour && { retour: { type: b.retour.type, xml: schrijfXml(b.retour.type, b.retour.bericht) } }),
    };
  }
}

export function valideerOpdracht(args: string[]): number {
  const { values, positionals } = leesArgumenten(
    args,
    {
      json: { type: 'boolean' },
      systeemdatum: { type: 'string' },
      retour: { type: 'string' },
      bronnen: { type: 'string' },
      'max-mb': { type: 'string' },
      'max-diepte': { type: 'string' },
    },
    HULP,
  );
  if (positionals.length === 0) throw new Gebruiksfout(`geef een of meer bestanden op\n\n${HULP}`);
  const grenzen = grenzenUit(values);
  const systeemdatum = datum('systeemdatum', values.systeemdatum);
  const config = bronnenUit(values.bronnen);
  if (values.retour) {
    try {
      mkdirSync(values.retour, { recursive: true });
    } catch (e) {
      throw new Gebruiksfout(`--retour: map ${values.retour} kan niet gemaakt worden (${(e as NodeJS.ErrnoException).code})`);
    }
  }
  const uitwisseling = new Bestandsuitwisseling(() => new Bronnen({ ...config, ...(systeemdatum && { systeemdatum }) }), grenzen);
  const oordelen = positionals.map((bestand, i) => {
    const o = uitwisseling.beoordeel(bestand);
    if (values.retour && o.retour) {
      const naam = `${String(i + 1).padStart(3, '0')}-${path.basename(bestand).replace(/\.xml$/i, '')}.${o.retour.type}.xml`;
      writeFileSync(path.join(values.retour, naam), o.retour.xml);
    }
    return o;
  });
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify(
        oordelen.map(({ bestand, berichttype, geldig, bevindingen, retourcodes }) => ({ bestand, berichttype, geldig, bevindingen, retourcodes })),
        null,
        2,
      )}\n`,
    );
  } else {
    for (const o of oordelen) {
      console.log(`${o.bestand}: ${o.geldig ? 'geldig' : 'ONGELDIG'}${o.berichttype ? ` (${o.berichttype})` : ''}`);
      for (const b of o.bevindingen) console.log(`  ${b.pad}: ${b.melding} [${b.regel}]`);
      for (const rc of o.retourcodes.filter((x) => x.codes.some((c) => c !== '0200'))) {
        console.log(`  retourcode ${rc.codes.join(', ')} op ${rc.berichtklasse} (${rc.pad})`);
      }
    }
    const ongeldig = oordelen.filter((o) => !o.geldig).length;
    console.log(`${oordelen.length} bestand(en), ${oordelen.length - ongeldig} geldig, ${ongeldig} ongeldig`);
  }
  if (oordelen.some((o) => o.io)) return 2;
  return oordelen.every((o) => o.geldig) ? 0 : 1;
}
