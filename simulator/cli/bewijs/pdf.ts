/**
 * HTML to PDF with the system's headless Chromium (Debian: apt-get install chromium), started as a
 * command: no browser download, no library between us and the browser's version. The page layout,
 * page numbers included, is in the document's own print CSS (@page margin boxes).
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const KANDIDATEN = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function uitvoerbaar(pad: string): boolean {
  try {
    accessSync(pad, constants.X_OK);
    return statSync(pad).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium to print with: $KETENTEST_CHROMIUM when set (also to a path that does not exist, to
 * run without one), else the first of chromium, chromium-browser, google-chrome on the PATH.
 */
export function vindChromium(): string | undefined {
  const eigen = process.env.KETENTEST_CHROMIUM;
  if (eigen !== undefined) return uitvoerbaar(eigen) ? eigen : undefined;
  for (const map of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const naam of KANDIDATEN) {
      const pad = path.join(map, naam);
      if (uitvoerbaar(pad)) return pad;
    }
  }
  return undefined;
}

/** Prints an HTML file to a PDF file; rejects with a Dutch reason when Chromium fails. */
export async function drukAfAlsPdf(chromium: string, html: string, pdf: string): Promise<void> {
  const profiel = mkdtempSync(path.join(os.tmpdir(), 'ketentest-chromium-'));
  rmSync(pdf, { force: true });
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        chromium,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
          `--user-data-dir=${profiel}`,
          '--no-pdf-header-footer',
          `--print-to-pdf=${pdf}`,
          pathToFileURL(html).href,
        ],
        { timeout: 120_000, maxBuffer: 4 * 1024 * 1024 },
        (fout, _stdout, stderr) => {
          let gemaakt = false;
          try {
            gemaakt = statSync(pdf).size > 0;
          } catch {
            // not written
          }
          if (gemaakt) resolve();
          else
            reject(
              new Error(
                `chromium maakte geen PDF${fout ? ` (${fout.killed ? 'afgebroken na 120 s' : fout.message.split('\n')[0]})` : ''}${stderr ? `: ${stderr.trim().split('\n').slice(-2).join(' ')}` : ''}`,
              ),
            );
        },
      );
    });
  } finally {
    rmSync(profiel, { recursive: true, force: true });
  }
}
