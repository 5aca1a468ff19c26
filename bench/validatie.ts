/**
 * `npm run bench` (validation part): throughput of our validator beside `xmllint --noout --schema`
 * on the same files in the same run, and how cost grows with message size.
 *
 *   (a) all published examples
 *   (b) a WMO323 with 10,000 Prestaties
 *   (c) a WMO301 with 1,000 ToegewezenProducten
 *
 * Our figure is in-process (warm) validation: read + parse + structure + ajv. xmllint is timed per
 * invocation over all files of a case at once, so its process start and XSD loading are paid once
 * per case, not per file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CATALOGUS, type Berichttype } from '../simulator/standaard/berichten/catalogus';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import { valideerXml } from '../simulator/standaard/berichten/validator';
import { heeftXmllint, istandaarden } from '../test/bronnen';
import { declaratie, toewijzingen } from './berichten';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ketentest-bench-'));

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median of several runs of `f`, in ms. */
function meet(f: () => void, herhaal: number): number {
  const tijden: number[] = [];
  for (let i = 0; i < herhaal; i++) {
    const t = process.hrtime.bigint();
    f();
    tijden.push(ms(t));
  }
  tijden.sort((a, b) => a - b);
  return tijden[Math.floor(tijden.length / 2)]!;
}

interface Geval {
  naam: string;
  bestanden: { pad: string; xsd?: string }[];
}

function onsOordeel(bestanden: Geval['bestanden']): number {
  return meet(() => {
    for (const b of bestanden) valideerXml(readFileSync(b.pad));
  }, 5);
}

function xmllintOordeel(bestanden: Geval['bestanden']): number | undefined {
  if (!heeftXmllint() || bestanden.some((b) => !b.xsd)) return undefined;
  const perXsd = new Map<string, string[]>();
  for (const b of bestanden) (perXsd.get(b.xsd!) ?? perXsd.set(b.xsd!, []).get(b.xsd!)!).push(b.pad);
  return meet(() => {
    for (const [xsd, paden] of perXsd) {
      try {
        execFileSync('xmllint', ['--noout', '--schema', xsd, ...paden], { stdio: 'pipe' });
      } catch {
        /* invalid examples exit non-zero; timing is what counts here */
      }
    }
  }, 3);
}

export function benchValidatie(): string[] {
  const regels: string[] = [];
  const bron = istandaarden();
  const xsdVan = (type: Berichttype) => (bron ? path.join(bron, CATALOGUS.get(type)!.xsdBestand) : undefined);
  const gevallen: Geval[] = [];
  if (bron) {
    const voorbeelden: Geval['bestanden'] = [];
    for (const dir of ['iwmo-3.2/voorbeelden', 'ijw-3.2/voorbeelden']) {
      for (const f of readdirSync(path.join(bron, dir)).filter((x) => x.endsWith('.xml'))) {
        voorbeelden.push({ pad: path.join(bron, dir, f), xsd: xsdVan(f.replace('.xml', '') as Berichttype)! });
      }
    }
    gevallen.push({ naam: `(a) alle ${voorbeelden.length} voorbeelden`, bestanden: voorbeelden });
  } else {
    regels.push('(a) overgeslagen: ../shared/istandaarden ontbreekt');
  }
  const schrijf = (naam: string, xml: string) => {
    const p = path.join(tmp, naam);
    writeFileSync(p, xml);
    return p;
  };
  gevallen.push({ naam: '(b) WMO323 met 10.000 prestaties', bestanden: [{ pad: schrijf('wmo323-10000.xml', schrijfXml('WMO323', declaratie(10_000))), xsd: xsdVan('WMO323') }] });
  gevallen.push({
    naam: '(c) WMO301 met 1.000 toegewezen producten',
    bestanden: [{ pad: schrijf('wmo301-1000.xml', schrijfXml('WMO301', toewijzingen(0, 1_000))), xsd: xsdVan('WMO301') }],
  });

  regels.push('Validatie (mediaan; ketentest in-proces, xmllint één aanroep per geval):');
  for (const g of gevallen) {
    const bytes = g.bestanden.reduce((s, b) => s + readFileSync(b.pad).length, 0);
    const ons = onsOordeel(g.bestanden);
    const hun = xmllintOordeel(g.bestanden);
    const mbs = (t: number) => `${(bytes / 1048576 / (t / 1000)).toFixed(1)} MB/s`;
    regels.push(
      `  ${g.naam.padEnd(44)} ${(bytes / 1024).toFixed(0).padStart(6)} kB  ketentest ${ons.toFixed(1).padStart(7)} ms (${mbs(ons)})` +
        (hun !== undefined ? `  xmllint ${hun.toFixed(1).padStart(7)} ms (${mbs(hun)})  verhouding ketentest/xmllint ${(ons / hun).toFixed(2)}` : '  xmllint: niet beschikbaar'),
    );
  }

  regels.push('Lineariteit (WMO323, ketentest):');
  let vorige: number | undefined;
  for (const n of [1_000, 5_000, 10_000, 20_000]) {
    const p = schrijf(`wmo323-${n}.xml`, schrijfXml('WMO323', declaratie(n)));
    const t = onsOordeel([{ pad: p }]);
    const perStuk = (t * 1000) / n;
    regels.push(
      `  ${String(n).padStart(6)} prestaties: ${t.toFixed(1).padStart(7)} ms, ${perStuk.toFixed(1)} µs per prestatie${vorige ? `, ×${(perStuk / vorige).toFixed(2)} t.o.v. vorige` : ''}`,
    );
    vorige = perStuk;
  }
  return regels;
}
