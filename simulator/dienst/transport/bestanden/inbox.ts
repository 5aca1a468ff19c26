/**
 * Inbound files: messages arrive as files in an inbox. A taken file moves to `verwerkt/` as soon as it
 * is stored, and on to `afgekeurd/` with an explanation beside it (`.fout.txt`) when it is refused.
 * Nothing is deleted.
 *
 * How a writer hands over a file: write it under a name the inbox ignores — starting with a dot, or
 * ending in `.part` or `.tmp` — and rename it to its final name when it is complete (a rename within
 * one directory is atomic). A file written in place is taken only once its size and time stamp stayed
 * the same between two polls.
 *
 * Nothing in the inbox can hurt the simulator: only regular files are read (checked with lstat, opened
 * with O_NOFOLLOW, checked again with fstat), so a symbolic link is never followed and a FIFO or device
 * never opened — they move to `afgekeurd/` unread; a file over the size limit is refused by its size,
 * unread; any name fits (long names are shortened in the target directories, bytes that are not UTF-8
 * are kept); a file that fails in any other way is reported and left alone until it changes. Passes
 * yield to the event loop, so a batch of thousands of files never starves HTTP.
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, type Stats } from 'node:fs';
import { lstat, open, readdir, rename, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { StartFout } from '../../startfout';
import type { Luisteraar, Ontvangstbewijs, Sessiepunt } from '../contract';
import { type Leesgrenzen, mb } from '../../../standaard/xml/lezer';

/** Receipts under way at once in a pass (each holds its file's bytes until stored). */
const TEGELIJK = 32;
/** A pass yields to the event loop after this much work. */
const PLAK_MS = 10;
/** Files up to this size are read synchronously (a moment); larger ones without blocking. */
const KLEIN = 256 * 1024;
/** The longest file name most file systems take, in bytes. */
const MAX_NAAM = 255;
/** Room kept for a suffix in the target directories: `.12345` and `.fout.txt`. */
const RUIMTE = 16;

/** A file name as the directory holds it (bytes), and as text for messages and the log. */
interface Naam {
  readonly bytes: Buffer;
  readonly tekst: string;
}

/** A name that fits its directory with room for a suffix: too long, it keeps its start and extension and gains a short hash. */
function passend(naam: Naam): Buffer {
  if (naam.bytes.length + RUIMTE <= MAX_NAAM) return naam.bytes;
  const ext = /(\.[A-Za-z0-9]{1,8})$/.exec(naam.tekst)?.[1] ?? '';
  const hash = createHash('sha256').update(naam.bytes).digest('hex').slice(0, 12);
  let begin = naam.tekst.slice(0, 150);
  while (Buffer.byteLength(begin) > 150) begin = begin.slice(0, -1);
  return Buffer.from(`${begin.replace(/\uFFFD/g, '_')}~${hash}${ext}`);
}

export interface InboxOpties {
  readonly intervalMs?: number;
  readonly grenzen?: Leesgrenzen;
  /** Where reports go (a file that could not be handled); default stderr. */
  readonly meld?: (tekst: string) => void;
}

/**
 * Watches an inbox by polling (reliable on every file system): a file is taken once its size and
 * time stamp are stable between two polls; hidden and .tmp/.part files are still being written.
 */
export class Inbox implements Luisteraar {
  private readonly gezien = new Map<string, string>();
  /** Files that failed, by stamp: left alone until they change. */
  private readonly mislukt = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  private bezig: Promise<void> | undefined;
  private gestopt = false;
  private readonly intervalMs: number;
  private readonly maxBytes: number;
  private readonly meld: (tekst: string) => void;

  constructor(
    readonly map: string,
    private readonly sessie: () => Sessiepunt,
    o: InboxOpties = {},
  ) {
    this.intervalMs = o.intervalMs ?? 200;
    this.maxBytes = o.grenzen?.maxBytes ?? 50 * 1048576;
    this.meld = o.meld ?? ((t) => console.error(t));
    // The inbox and its target directories; a path that cannot be used is a StartFout (exit code 2), not a crash.
    for (const m of [map, path.join(map, 'verwerkt'), path.join(map, 'afgekeurd')]) {
      try {
        mkdirSync(m, { recursive: true });
      } catch (e) {
        throw new StartFout(`de inbox ${m} kan niet aangemaakt worden (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
    }
  }

  start(): void {
    this.timer = setInterval(() => void this.ronde(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    this.gestopt = true;
    if (this.timer) clearInterval(this.timer);
  }

  /** Resolves when no pass is under way. */
  async klaar(): Promise<void> {
    await this.bezig;
  }

  /** One pass over the inbox; exposed for tests. */
  ronde(): Promise<void> {
    this.bezig ??= this.eenRonde()
      .catch((e: unknown) => this.meld(`ketentest-simulator: inbox ${this.map}: ${(e as Error).message}`))
      .finally(() => {
        this.bezig = undefined;
      });
    return this.bezig;
  }

  private pad(naam: Buffer, map?: string): Buffer {
    return Buffer.concat([Buffer.from(`${map ? path.join(this.map, map) : this.map}${path.sep}`), naam]);
  }

  private async eenRonde(): Promise<void> {
    let lijst: Buffer[];
    try {
      lijst = await readdir(this.map, { encoding: 'buffer' });
    } catch (e) {
      this.meld(`ketentest-simulator: de inbox ${this.map} kan niet gelezen worden (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return;
    }
    const namen = lijst.map((bytes): Naam => ({ bytes, tekst: bytes.toString('utf8') })).sort((a, b) => Buffer.compare(a.bytes, b.bytes));
    const aanwezig = new Set(namen.map((n) => n.bytes.toString('latin1')));
    for (const k of this.gezien.keys()) if (!aanwezig.has(k)) this.gezien.delete(k);
    for (const k of this.mislukt.keys()) if (!aanwezig.has(k)) this.mislukt.delete(k);

    const onderweg = new Set<Promise<void>>();
    let plak = performance.now();
    for (const naam of namen) {
      if (this.gestopt) break;
      const t = naam.tekst;
      if (t.startsWith('.') || /\.(tmp|part)$/i.test(t) || t === 'verwerkt' || t === 'afgekeurd') continue;
      const sleutel = naam.bytes.toString('latin1');
      let st: Stats;
      try {
        st = lstatSync(this.pad(naam.bytes)); // a moment, without a thread hop per file of a large batch
      } catch {
        continue; // gone since the listing
      }
      if (st.isDirectory()) continue;
      const stempel = `${st.size}:${st.mtimeMs}:${st.ino}`;
      if (this.mislukt.get(sleutel) === stempel) continue;
      if (this.gezien.get(sleutel) !== stempel) {
        this.gezien.set(sleutel, stempel);
        continue;
      }
      this.gezien.delete(sleutel);
      // Read and handed to the session one by one, in name order (the arrival order); the rest runs alongside.
      let rest: Promise<void>;
      try {
        rest = (await this.neem(naam, st)).rest;
      } catch (e) {
        rest = Promise.reject(e);
      }
      const werk: Promise<void> = rest
        .catch((e: unknown) => {
          this.mislukt.set(sleutel, stempel);
          this.meld(
            `ketentest-simulator: inbox: ${JSON.stringify(t)} niet verwerkt (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); blijft liggen tot het verandert`,
          );
        })
        .finally(() => onderweg.delete(werk));
      onderweg.add(werk);
      if (onderweg.size >= TEGELIJK) await Promise.race(onderweg);
      if (performance.now() - plak > PLAK_MS) {
        await new Promise((r) => setImmediate(r));
        plak = performance.now();
      }
    }
    await Promise.all(onderweg);
  }

  /**
   * Takes one stable file: refused unread when it is not a regular file or too large; else read and
   * handed to the session before this resolves (so files arrive in the order they are taken). The
   * promise it resolves with stores, moves and explains the file.
   */
  private async neem(naam: Naam, st: Stats): Promise<{ rest: Promise<void> }> {
    if (!st.isFile()) {
      const soort = st.isSymbolicLink() ? 'een symbolische koppeling' : 'geen gewoon bestand';
      return { rest: this.keurAf(naam, undefined, [`Niet gelezen: dit is ${soort}. De inbox leest alleen gewone bestanden en volgt geen koppelingen.`]) };
    }
    if (st.size > this.maxBytes) {
      return { rest: this.keurAf(naam, undefined, [`Niet gelezen: het bestand is ${mb(st.size)}, groter dan de grens van ${mb(this.maxBytes)} (--max-mb).`]) };
    }
    const bytes = await this.lees(naam, st);
    if (!bytes) return { rest: Promise.resolve() }; // changed while being read: taken on a later pass
    const sessie = this.sessie();
    const ontvangen = sessie.ontvang(bytes, { transport: 'bestand', referentie: naam.tekst });
    return { rest: this.rondAf(naam, sessie, ontvangen) };
  }

  private async rondAf(naam: Naam, sessie: Sessiepunt, ontvangen: Promise<Ontvangstbewijs>): Promise<void> {
    const o = await ontvangen;
    if (o.fout !== undefined) {
      await this.keurAf(naam, o.id, [o.fout]);
      return;
    }
    // Stored: out of the inbox at once, so a restart never takes it twice; refused later, it moves on to afgekeurd/.
    const verwerkt = await this.verplaats(naam, 'verwerkt');
    const uitslag = await sessie.uitslag(o.id);
    if (uitslag.status === 'afgekeurd') {
      await this.keurAf(
        { bytes: verwerkt, tekst: naam.tekst },
        o.id,
        uitslag.bevindingen.map((b) => `${b.pad}: ${b.melding} [${b.regel}]`),
        'verwerkt',
      );
    }
  }

  /** The file's bytes, read without following a link; undefined when it is no longer the file that was seen. */
  private async lees(naam: Naam, st: Stats): Promise<Buffer | undefined> {
    if (st.size <= KLEIN) return this.leesKlein(naam, st);
    const fh = await open(this.pad(naam.bytes), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      const nu = await fh.stat();
      if (!nu.isFile() || nu.ino !== st.ino || nu.size !== st.size) return undefined;
      const buf = Buffer.alloc(st.size);
      let n = 0;
      while (n < st.size) {
        const { bytesRead } = await fh.read(buf, n, st.size - n, n);
        if (bytesRead === 0) return undefined; // shrank
        n += bytesRead;
      }
      const extra = await fh.read(Buffer.alloc(1), 0, 1, n);
      return extra.bytesRead ? undefined : buf; // grew
    } finally {
      await fh.close();
    }
  }

  /** A small file read at once (most messages): the same checks, without a thread hop per call. */
  private leesKlein(naam: Naam, st: Stats): Buffer | undefined {
    const fd = openSync(this.pad(naam.bytes), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      const nu = fstatSync(fd);
      if (!nu.isFile() || nu.ino !== st.ino || nu.size !== st.size) return undefined;
      const buf = Buffer.alloc(st.size + 1);
      let n = 0;
      for (let r: number; n <= st.size && (r = readSync(fd, buf, n, st.size + 1 - n, n)) > 0; ) n += r;
      return n === st.size ? buf.subarray(0, n) : undefined; // shrank or grew while read
    } finally {
      closeSync(fd);
    }
  }

  /** Moves a file into a target directory under a free name that fits; returns that name. */
  private async verplaats(naam: Naam, doelmap: 'verwerkt' | 'afgekeurd', vanuit?: 'verwerkt'): Promise<Buffer> {
    const basis = passend(naam);
    const ext = /(\.[^.]*)$/.exec(basis.toString('latin1'))?.[1] ?? '';
    const stam = basis.subarray(0, basis.length - ext.length);
    for (let i = 0; ; i++) {
      const kandidaat = i === 0 ? basis : Buffer.concat([stam, Buffer.from(`.${i}`), Buffer.from(ext, 'latin1')]);
      const doel = this.pad(kandidaat, doelmap);
      try {
        await lstat(doel);
        continue; // taken
      } catch {
        // free
      }
      await rename(this.pad(naam.bytes, vanuit), doel);
      return kandidaat;
    }
  }

  private async keurAf(naam: Naam, id: string | undefined, redenen: readonly string[], vanuit?: 'verwerkt'): Promise<void> {
    const doel = await this.verplaats(naam, 'afgekeurd', vanuit);
    const uitleg = [
      `Bestand: ${naam.tekst}`,
      ...(id ? [`Bericht-id: ${id}`] : ['Niet in het berichtenlog opgenomen.']),
      'Afgekeurd: er wordt geen retourbericht gestuurd.',
      ...redenen,
      '',
    ].join('\n');
    await writeFile(this.pad(Buffer.concat([doel, Buffer.from('.fout.txt')]), 'afgekeurd'), uitleg);
  }
}
