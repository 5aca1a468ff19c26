/**
 * XSD parity: our verdict equals `xmllint --schema <official XSD>` on the published examples and on
 * more than a thousand mutants per message type that has an official XSD.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import { CATALOGUS, type Berichttype } from '../simulator/standaard/berichten/catalogus';
import { voorbeeld } from './voorbeeldberichten';
import { valideerXml } from '../simulator/standaard/berichten/validator';
import { istandaarden, xmllintOordelen, zonderOrakel } from './bronnen';
import { mutanten, steekproef } from './mutator';

const PER_TYPE = Number(process.env.KETENTEST_MUTANTEN_PER_TYPE ?? 1100);
const skip = zonderOrakel();

function metXsd(): { type: Berichttype; xsd: string }[] {
  const bron = istandaarden()!;
  return [...CATALOGUS.values()].map((i) => ({ type: i.type, xsd: path.join(bron, i.xsdBestand) })).filter((x) => existsSync(x.xsd));
}

describe('XSD-pariteit met xmllint', { skip }, () => {
  it('geeft op elk gepubliceerd voorbeeld hetzelfde oordeel als xmllint (JW315 en JW318 ongeldig, de rest geldig)', () => {
    const bron = istandaarden()!;
    const verschillen: string[] = [];
    let aantal = 0;
    for (const dir of ['iwmo-3.2/voorbeelden', 'ijw-3.2/voorbeelden']) {
      for (const f of readdirSync(path.join(bron, dir)).filter((f) => f.endsWith('.xml'))) {
        const bestand = path.join(bron, dir, f);
        const ons = valideerXml(readFileSync(bestand));
        const type = f.replace('.xml', '') as Berichttype;
        const xsd = path.join(bron, CATALOGUS.get(type)!.xsdBestand);
        const hun = xmllintOordelen(xsd, [bestand]).get(bestand);
        aantal++;
        if (ons.geldig !== hun) verschillen.push(`${f}: wij ${ons.geldig}, xmllint ${hun}`);
        assert.equal(ons.berichttype, type);
        assert.equal(ons.geldig, !['JW315.xml', 'JW318.xml'].includes(f), `${f}: ${JSON.stringify(ons.bevindingen)}`);
      }
    }
    assert.deepEqual(verschillen, []);
    assert.ok(aantal >= 19);
  });

  it(`geeft op ${PER_TYPE}+ mutanten per berichttype met XSD hetzelfde oordeel als xmllint`, () => {
    const bron = istandaarden()!;
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'ketentest-pariteit-'));
    const verschillen: string[] = [];
    const perSoort = new Map<string, { totaal: number; geldig: number }>();
    let totaal = 0;
    try {
      for (const { type, xsd } of metXsd()) {
        const info = CATALOGUS.get(type)!;
        const basissen: string[] = [schrijfXml(type, voorbeeld(type))];
        const officieel = path.join(bron, `${info.domein === 'wmo' ? 'iwmo' : 'ijw'}-3.2/voorbeelden/${type}.xml`);
        try {
          const x = readFileSync(officieel);
          if (valideerXml(x).geldig) basissen.push(x.toString('utf8'));
        } catch {
          /* no published example of this type */
        }
        const alle = basissen.flatMap((b) => mutanten(b, type));
        const gekozen = steekproef(alle, PER_TYPE, 42 + totaal);
        const dir = path.join(tmp, type);
        mkdirSync(dir);
        const bestanden = gekozen.map((m, i) => {
          const f = path.join(dir, `m${i}.xml`);
          writeFileSync(f, m.xml);
          return f;
        });
        const hun = xmllintOordelen(xsd, bestanden);
        gekozen.forEach((m, i) => {
          const ons = valideerXml(Buffer.from(m.xml)).geldig;
          const oordeel = hun.get(bestanden[i]!)!;
          const s = perSoort.get(m.soort) ?? { totaal: 0, geldig: 0 };
          s.totaal++;
          if (oordeel) s.geldig++;
          perSoort.set(m.soort, s);
          if (ons !== oordeel)
            verschillen.push(`${type} ${m.soort}: ${m.beschrijving}: wij ${ons ? 'geldig' : 'ongeldig'}, xmllint ${oordeel ? 'geldig' : 'ongeldig'} (${bestanden[i]})`);
        });
        totaal += gekozen.length;
        assert.ok(gekozen.length >= Math.min(PER_TYPE, alle.length), `${type}: te weinig mutanten`);
      }
      const overzicht = [...perSoort].map(([s, x]) => `${s} ${x.totaal} (${x.geldig} geldig)`).join(', ');
      console.log(
        `XSD-pariteit: ${totaal} mutanten, ${totaal - verschillen.length} gelijk oordeel (${((100 * (totaal - verschillen.length)) / totaal).toFixed(2)}%); ${overzicht}`,
      );
      assert.deepEqual(verschillen.slice(0, 40), [], `${verschillen.length} verschillen met xmllint`);
    } finally {
      if (verschillen.length === 0) rmSync(tmp, { recursive: true, force: true });
    }
  });
});
