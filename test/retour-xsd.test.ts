/**
 * Every retourbericht ketentest builds for Jw (for each rule example and each 3.2 case, approved and
 * rejected alike) validates against the official iJw XSD of its type, by xmllint.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CATALOGUS, type Berichttype } from '../simulator/standaard/berichten/catalogus';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import { ALLE_REGELS } from '../simulator/standaard/regels/catalogus';
import { speelVoorbeeld } from './regelvoorbeelden';
import { speelInProces } from '../scenarios/inproces';
import { ingebouwdeScenarios } from '../steps/features';
import { istandaarden, xmllintOordelen, zonderOrakel } from './bronnen';

describe('retourberichten tegen de officiële iJw-XSD', { skip: zonderOrakel() }, () => {
  it('elk Jw-retourbericht uit de regelvoorbeelden en de casussen is geldig', () => {
    const retouren: { type: Berichttype; xml: string; herkomst: string }[] = [];
    for (const r of ALLE_REGELS) {
      for (const v of r.voorbeelden) {
        if (!(v.domeinen ?? ['jw']).includes('jw') || r.berichten.jw.length === 0) continue;
        const { beoordeling: b } = speelVoorbeeld(r, v, 'jw');
        if (b.retour) retouren.push({ type: b.retour.type, xml: schrijfXml(b.retour.type, b.retour.bericht), herkomst: `${r.code}: ${v.naam}` });
      }
    }
    for (const { plan } of ingebouwdeScenarios().filter((s) => s.plan.domein === 'jw' && s.pickel.uri.includes('casussen'))) {
      for (const u of speelInProces(plan)) {
        for (const b of u.berichten)
          if (b.beoordeling.retour && b.type === b.beoordeling.retour.type)
            retouren.push({ type: b.type, xml: schrijfXml(b.type, b.bericht), herkomst: `${plan.naam}: ${u.titel}` });
      }
    }
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'ketentest-retour-'));
    const fouten: string[] = [];
    const perType = new Map<Berichttype, { bestand: string; herkomst: string }[]>();
    retouren.forEach((r, i) => {
      const bestand = path.join(tmp, `r${i}-${r.type}.xml`);
      writeFileSync(bestand, r.xml);
      (perType.get(r.type) ?? perType.set(r.type, []).get(r.type)!).push({ bestand, herkomst: r.herkomst });
    });
    for (const [type, lijst] of perType) {
      const xsd = path.join(istandaarden()!, CATALOGUS.get(type)!.xsdBestand);
      const oordelen = xmllintOordelen(
        xsd,
        lijst.map((x) => x.bestand),
      );
      for (const x of lijst) if (!oordelen.get(x.bestand)) fouten.push(`${type} (${x.herkomst}): ${x.bestand}`);
    }
    console.log(`retourberichten tegen de officiële XSD: ${retouren.length} (${[...perType].map(([t, l]) => `${t} ${l.length}`).join(', ')})`);
    assert.ok(retouren.length > 100, `${retouren.length} retourberichten`);
    assert.deepEqual(fouten, []);
    rmSync(tmp, { recursive: true, force: true });
  });
});
