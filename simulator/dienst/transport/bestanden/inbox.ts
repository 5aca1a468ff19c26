/**
 * Inbound files: messages arrive as files in an inbox. A processed file moves to `verwerkt/`, a
 * refused one to `afgekeurd/` with an explanation beside it (`.fout.txt`). Nothing is deleted.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, type Stats, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Luisteraar, Sessiepunt } from '../contract';

function vrijeNaam(map: string, naam: string): string {
  let doel = path.join(map, naam);
  for (let i = 1; existsSync(doel); i++) doel = path.join(map, naam.replace(/(\.[^.]*)?$/, `.${i}$1`));
  return doel;
}

/**
 * Watches an inbox by polling (reliable on every file system): a file is taken once its size and
 * time stamp are stable between two polls; hidden and .tmp/.part files are still being written.
 */
export class Inbox implements Luisteraar {
  private readonly gezien = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  private bezig: Promise<void> | undefined;

  constructor(
    readonly map: string,
    private readonly sessie: () => Sessiepunt,
    private readonly intervalMs = 200,
  ) {
    for (const m of [map, path.join(map, 'verwerkt'), path.join(map, 'afgekeurd')]) mkdirSync(m, { recursive: true });
  }

  start(): void {
    this.timer = setInterval(() => void this.ronde(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Resolves when no pass is under way. */
  async klaar(): Promise<void> {
    await this.bezig;
  }

  /** One pass over the inbox; exposed for tests. */
  ronde(): Promise<void> {
    this.bezig ??= this.eenRonde().finally(() => {
      this.bezig = undefined;
    });
    return this.bezig;
  }

  private async eenRonde(): Promise<void> {
    for (const naam of readdirSync(this.map).sort()) {
      if (naam.startsWith('.') || /\.(tmp|part)$/i.test(naam)) continue;
      const pad = path.join(this.map, naam);
      let st: Stats;
      try {
        st = statSync(pad);
      } catch {
        continue;
      }
      if (!st.isFile()) continue;
      const stempel = `${st.size}:${st.mtimeMs}`;
      if (this.gezien.get(naam) !== stempel) {
        this.gezien.set(naam, stempel);
        continue;
      }
      this.gezien.delete(naam);
      await this.neem(naam, pad);
    }
  }

  private async neem(naam: string, pad: string): Promise<void> {
    const bytes = readFileSync(pad);
    const sessie = this.sessie();
    const o = await sessie.ontvang(bytes, { transport: 'bestand', referentie: naam });
    const uitslag = await sessie.uitslag(o.id);
    const afgekeurd = o.fout !== undefined || uitslag.status === 'afgekeurd';
    const doelmap = path.join(this.map, afgekeurd ? 'afgekeurd' : 'verwerkt');
    const doel = vrijeNaam(doelmap, naam);
    renameSync(pad, doel);
    if (afgekeurd) {
      const bevindingen = uitslag.bevindingen;
      const uitleg = [
        `Bestand: ${naam}`,
        `Bericht-id: ${o.id}`,
        'Afgekeurd: er wordt geen retourbericht gestuurd.',
        ...(o.fout ? [o.fout] : bevindingen.map((b) => `${b.pad}: ${b.melding} [${b.regel}]`)),
        '',
      ].join('\n');
      writeFileSync(`${doel}.fout.txt`, uitleg);
    }
  }
}
