import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { istandaarden, xmllintOordelen, zonderOrakel } from '../../../test/bronnen';
import { voorbeeld } from '../../../test/voorbeeldberichten';
import { stopzorgBericht } from './bouwers';
import { CATALOGUS, type Bericht } from './catalogus';
import { schrijfXml } from './codec';
import { valideerBericht, valideerXml } from './validator';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'ketentest-validator-'));

function stop(producten: Partial<Bericht<'307'>['Client']['StopProducten']['StopProduct'][number]>[]): Bericht<'307'> {
  return stopzorgBericht({
    producten: producten.map((p) => ({
      ToewijzingNummer: 1,
      Begindatum: '2026-01-01',
      RedenBeeindiging: '02',
      Einddatum: '2026-03-31',
      StatusAanlevering: '1',
      ...p,
    })),
  });
}

describe('round trip van alle 28 berichttypen', () => {
  for (const [type, info] of CATALOGUS) {
    it(`${type}: bouwen → XML → (officiële XSD) → lezen → gelijk`, () => {
      const bericht = voorbeeld(type);
      assert.deepEqual(valideerBericht(type, bericht), []);
      const xml = schrijfXml(type, bericht);
      const bron = istandaarden();
      if (bron && !zonderOrakel()) {
        const xsd = path.join(bron, info.xsdBestand);
        const bestand = path.join(tmp, `${type}.xml`);
        writeFileSync(bestand, xml);
        // The Wmo retourberichten have no official XSD here.
        if (existsSync(xsd)) assert.equal(xmllintOordelen(xsd, [bestand]).get(bestand), true, `${type} geldig volgens de officiële XSD`);
      }
      const r = valideerXml(Buffer.from(xml));
      assert.equal(r.berichttype, type);
      assert.deepEqual(r.bevindingen, []);
      assert.deepEqual(r.bericht, bericht);
    });
  }
});

describe('bevindingen', () => {
  it('wijzen het element aan met index in herhalingen, en zeggen wat verwacht en gevonden is', () => {
    const xml = schrijfXml('WMO307', stop([{}, { Einddatum: '2026-02-30' }]));
    const r = valideerXml(Buffer.from(xml));
    assert.equal(r.geldig, false);
    assert.deepEqual(
      r.bevindingen.map((b) => b.pad),
      ['/Bericht/Client/StopProducten/StopProduct[2]/Einddatum'],
    );
    assert.match(r.bevindingen[0]!.melding, /'2026-02-30'/);
    assert.match(r.bevindingen[0]!.melding, /verwacht een bestaande datum/);
    assert.equal(r.bevindingen[0]!.regel, 'XSD');
  });

  it('melden een ontbrekend verplicht element, een onbekende code en een te lange waarde', () => {
    const b = stop([{}]) as unknown as { Client: Record<string, unknown> & { StopProducten: { StopProduct: Record<string, unknown>[] } } };
    delete b.Client.StopProducten.StopProduct[0]!.RedenBeeindiging;
    b.Client.Geslacht = '7';
    (b.Client.Naam as Record<string, unknown>).Voornamen = 'x'.repeat(201);
    const r = valideerXml(Buffer.from(schrijfXml('WMO307', b)));
    const per = Object.fromEntries(r.bevindingen.map((x) => [x.pad, x.melding]));
    assert.match(per['/Bericht/Client/StopProducten/StopProduct[1]/RedenBeeindiging']!, /verplicht element ontbreekt/);
    assert.match(per['/Bericht/Client/Geslacht']!, /'7' is geen toegestane code: verwacht een van 0, 1, 2/);
    assert.match(per['/Bericht/Client/Naam/Voornamen']!, /te lang: verwacht hoogstens 200/);
  });

  it('melden volgorde, onbekende elementen en de verkeerde namespace, ook zonder prefixen', () => {
    const ns = CATALOGUS.get('JW319')!;
    const xml = `<Bericht xmlns="${ns.namespace}"><Header><BerichtCode>488</BerichtCode><BerichtVersie>3</BerichtVersie>
      <BerichtSubversie>2</BerichtSubversie><Afzender>0384</Afzender><Ontvanger>12345678</Ontvanger>
      <BerichtIdentificatie><Identificatie xmlns="${ns.basisNamespace}">A1</Identificatie><Dagtekening xmlns="${ns.basisNamespace}">2026-01-01</Dagtekening></BerichtIdentificatie>
      <XsdVersie><BerichtXsdVersie xmlns="${ns.basisNamespace}">1.0.0</BerichtXsdVersie><BasisschemaXsdVersie xmlns="${ns.basisNamespace}">1.0.0</BasisschemaXsdVersie></XsdVersie></Header>
      <Antwoord><VerzoekAntwoord>1</VerzoekAntwoord><ReferentieAanbieder>R</ReferentieAanbieder><Extra/></Antwoord></Bericht>`;
    const r = valideerXml(Buffer.from(xml));
    assert.equal(r.berichttype, 'JW319');
    const paden = r.bevindingen.map((b) => `${b.pad}: ${b.melding}`).join('\n');
    assert.match(paden, /XsdVersie\/BasisschemaXsdVersie: element staat op de verkeerde plaats/);
    assert.match(paden, /Antwoord\/ReferentieAanbieder: element staat op de verkeerde plaats/);
    assert.match(paden, /Antwoord\/Extra: onbekend element/);

    const juist = schrijfXml('JW319', voorbeeld('JW319'));
    const verkeerdeNs = juist.replace('<ijw:Identificatie>', `<jw319:Identificatie>`).replace('</ijw:Identificatie>', '</jw319:Identificatie>');
    const r2 = valideerXml(Buffer.from(verkeerdeNs));
    assert.deepEqual(
      r2.bevindingen.map((b) => b.pad),
      ['/Bericht/Header/BerichtIdentificatie/Identificatie', '/Bericht/Header/BerichtIdentificatie/Identificatie'],
    );
    assert.match(
      r2.bevindingen[0]!.melding,
      /namespace 'http:\/\/www.istandaarden.nl\/ijw\/3_2\/jw319\/schema', verwacht 'http:\/\/www.istandaarden.nl\/ijw\/3_2\/basisschema\/schema'/,
    );
  });

  it('herkent het berichttype aan de namespace van het hoofdelement, niet aan het prefix', () => {
    const xml = schrijfXml('WMO305', voorbeeld('WMO305'))
      .replace(/wmo305:/g, 'x:')
      .replace('xmlns:wmo305=', 'xmlns:x=');
    assert.equal(valideerXml(Buffer.from(xml)).berichttype, 'WMO305');
    assert.equal(valideerXml(Buffer.from(xml)).geldig, true);
    const onbekend = valideerXml(Buffer.from('<Bericht xmlns="http://www.istandaarden.nl/iwmo/3_1/wmo305/schema"/>'));
    assert.equal(onbekend.berichttype, null);
    assert.match(onbekend.bevindingen[0]!.melding, /onbekend bericht.*3_1\/wmo305/);
  });

  it('valideert ook een bericht als object, zoals de simulator het bouwt', () => {
    assert.deepEqual(valideerBericht('WMO307', stop([{}])), []);
    const b = stop([{ StatusAanlevering: '5' }]);
    assert.deepEqual(
      valideerBericht('WMO307', b).map((x) => x.pad),
      ['/Bericht/Client/StopProducten/StopProduct[1]/StatusAanlevering'],
    );
    assert.deepEqual(
      valideerBericht('WMO307', { ...b, Onzin: 1 }).map((x) => x.melding),
      ['element hoort hier niet volgens het berichtschema', "waarde '5' is geen toegestane code: verwacht een van 1, 2, 3, 9"],
    );
  });

  it('kent de domeinverschillen: GezagsdragerBekend en Woonplaatsbeginsel alleen in Jw, eigen codelijsten', () => {
    const jw = schrijfXml('JW315', voorbeeld('JW315'));
    assert.match(jw, /GezagsdragerBekend/);
    const alsWmo = jw
      .replace(/ijw\/3_2\/jw315/g, 'iwmo/3_2/wmo315')
      .replace(/ijw\/3_2\/basisschema/g, 'iwmo/3_2/basisschema')
      .replace('>446<', '>444<');
    const r = valideerXml(Buffer.from(alsWmo));
    assert.equal(r.berichttype, 'WMO315');
    const paden = r.bevindingen.map((b) => b.pad);
    assert.ok(paden.includes('/Bericht/Client/GezagsdragerBekend'), paden.join());
    assert.ok(
      paden.some((p) => p.endsWith('Product/Categorie')),
      'Jw-categorie 45 bestaat niet in Wmo',
    );
  });
});
