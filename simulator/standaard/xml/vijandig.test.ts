/**
 * Hostile and broken input: every case ends in a clear finding, nothing is fetched or expanded, and
 * the process stays alive (the CLI run checks all cases in one process).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { voorbeeld } from '../../../test/voorbeeldberichten';
import { schrijfXml } from '../berichten/codec';
import { valideerXml } from '../berichten/validator';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ketentest-vijandig-'));
const NS = 'http://www.istandaarden.nl/iwmo/3_2/wmo301/schema';
const geldig = schrijfXml('WMO301', voorbeeld('WMO301'));
/** The same valid message with its own identification: the CLI judges its files as one exchange (TR056). */
const geldigMetId = (id: string) => geldig.replace('>VB0001<', `>${id}<`);
const CLI = path.resolve(__dirname, '..', '..', '..', '..', 'bin', 'ketentest.js');

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

const GEVALLEN: { naam: string; bytes: () => Buffer; geldig: boolean; melding: RegExp }[] = [
  {
    naam: 'XXE die file:///etc/passwd wil lezen',
    bytes: () => Buffer.from(`<?xml version="1.0"?><!DOCTYPE b [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Bericht xmlns="${NS}">&xxe;</Bericht>`),
    geldig: false,
    melding: /DOCTYPE \(DTD\) is niet toegestaan/,
  },
  {
    naam: 'billion laughs',
    bytes: () =>
      Buffer.from(
        `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><Bericht xmlns="${NS}">&lol9;</Bericht>`,
      ),
    geldig: false,
    melding: /DOCTYPE \(DTD\) is niet toegestaan/,
  },
  {
    naam: 'een entiteit zonder DTD',
    bytes: () => Buffer.from(`<Bericht xmlns="${NS}">&xxe;</Bericht>`),
    geldig: false,
    melding: /geen goed gevormde XML: undefined entity/,
  },
  {
    naam: 'een bestand van 60 MB',
    bytes: () => Buffer.concat([Buffer.from(`<Bericht xmlns="${NS}"><!--`), Buffer.alloc(60 * 1024 * 1024, 0x61), Buffer.from('--></Bericht>')]),
    geldig: false,
    melding: /60\.0 MB groot; de grens is 50\.0 MB/,
  },
  {
    naam: 'nesting van 100.000 niveaus',
    bytes: () => Buffer.from(`<Bericht xmlns="${NS}">${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</Bericht>`),
    geldig: false,
    melding: /dieper genest dan de grens van 100 niveaus/,
  },
  {
    naam: 'UTF-16LE met BOM (geldig bericht)',
    bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(geldigMetId('VB16LE').replace('UTF-8', 'UTF-16'), 'utf16le')]),
    geldig: true,
    melding: /^$/,
  },
  {
    naam: 'UTF-16BE met BOM (geldig bericht)',
    bytes: () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(geldigMetId('VB16BE').replace('UTF-8', 'UTF-16'))]),
    geldig: true,
    melding: /^$/,
  },
  {
    naam: 'UTF-16 met een oneven aantal bytes',
    bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a/>', 'utf16le'), Buffer.from([0x41])]),
    geldig: false,
    melding: /geen geldige UTF-16/,
  },
  {
    naam: 'Latin-1-bytes zonder declaratie',
    bytes: () => Buffer.from(geldig.replace('Zweeds', 'Zweeds é'), 'latin1'),
    geldig: false,
    melding: /geen geldige UTF-8/,
  },
  {
    naam: 'Latin-1 met declaratie ISO-8859-1 (geldig bericht)',
    bytes: () => Buffer.from(geldigMetId('VBLATIN1').replace('UTF-8', 'ISO-8859-1').replace('Zweeds', 'Zweeds é'), 'latin1'),
    geldig: true,
    melding: /^$/,
  },
  { naam: 'een leeg bestand', bytes: () => Buffer.alloc(0), geldig: false, melding: /het bestand is leeg/ },
  { naam: 'geen XML', bytes: () => Buffer.from('Dit is geen bericht.\n'), geldig: false, melding: /geen goed gevormde XML/ },
  {
    naam: 'willekeurige bytes',
    bytes: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    geldig: false,
    melding: /geen geldige UTF-8|geen goed gevormde XML/,
  },
  {
    naam: 'HTML met doctype',
    bytes: () => Buffer.from('<!DOCTYPE html><html><body><p>Hallo</body></html>'),
    geldig: false,
    melding: /DOCTYPE/,
  },
  {
    naam: 'HTML zonder doctype',
    bytes: () => Buffer.from('<html><head><title>x</title></head><body>Hallo</body></html>'),
    geldig: false,
    melding: /onbekend bericht: het hoofdelement html heeft geen namespace/,
  },
  {
    naam: 'een bericht in een verkeerde namespace',
    bytes: () => Buffer.from(geldig.replace(NS, 'http://www.istandaarden.nl/iwmo/3_1/wmo301/schema')),
    geldig: false,
    melding: /onbekend bericht: het hoofdelement Bericht heeft namespace 'http:\/\/www.istandaarden.nl\/iwmo\/3_1\/wmo301\/schema'/,
  },
  {
    naam: 'een afgebroken bericht',
    bytes: () => Buffer.from(geldig.slice(0, geldig.length / 2)),
    geldig: false,
    melding: /geen goed gevormde XML/,
  },
];

describe('vijandige en kapotte invoer', () => {
  for (const g of GEVALLEN) {
    it(`${g.naam}: ${g.geldig ? 'geldig' : 'een duidelijke bevinding'}`, () => {
      const r = valideerXml(g.bytes());
      assert.equal(r.geldig, g.geldig, JSON.stringify(r.bevindingen));
      if (!g.geldig) {
        assert.equal(r.bevindingen.length >= 1, true);
        assert.match(r.bevindingen[0]!.melding, g.melding);
        assert.doesNotMatch(JSON.stringify(r.bevindingen), /root:x:0:0/);
      }
    });
  }

  it('de grenzen zijn instelbaar', () => {
    const diep = Buffer.from(`<Bericht xmlns="${NS}">${'<a>'.repeat(20)}${'</a>'.repeat(20)}</Bericht>`);
    assert.match(valideerXml(diep, { maxBytes: 1e6, maxDiepte: 10 }).bevindingen[0]!.melding, /grens van 10 niveaus/);
    assert.doesNotMatch(valideerXml(diep, { maxBytes: 1e6, maxDiepte: 50 }).bevindingen[0]!.melding, /niveaus/);
    assert.match(valideerXml(Buffer.from(geldig), { maxBytes: 1000, maxDiepte: 100 }).bevindingen[0]!.melding, /de grens is 0\.0 MB/);
  });

  it('de CLI beoordeelt alle gevallen in één proces, in argumentvolgorde, zonder te crashen', () => {
    const bestanden = GEVALLEN.map((g, i) => {
      const f = path.join(tmp, `geval${i}.xml`);
      writeFileSync(f, g.bytes());
      return f;
    });
    const r = spawnSync(process.execPath, [CLI, 'valideer', '--json', ...bestanden, path.join(tmp, 'bestaat-niet.xml')], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(r.status, 2, r.stderr); // the missing file is an I/O error
    const uit = JSON.parse(r.stdout) as { bestand: string; geldig: boolean; bevindingen: { melding: string }[] }[];
    assert.deepEqual(
      uit.map((o) => o.bestand),
      [...bestanden, path.join(tmp, 'bestaat-niet.xml')],
    );
    GEVALLEN.forEach((g, i) => {
      assert.equal(uit[i]!.geldig, g.geldig, g.naam);
      if (!g.geldig) assert.match(uit[i]!.bevindingen[0]!.melding, g.melding, g.naam);
    });
    assert.match(uit.at(-1)!.bevindingen[0]!.melding, /bestand bestaat niet/);
  });
});
