/**
 * `GET /ggk?wsdl`: a description of this simulator's StUF-GGk endpoint for a vendor's tooling. It is
 * written from what the endpoint itself uses — its operations, their body elements and soapActions
 * (`envelop.ts`) — and the address it is served from, so it cannot drift from what the endpoint
 * accepts. Its types refer to the published schemas by name (ggk0310_msg.xsd, stuf0301.xsd), which
 * a vendor has beside it.
 */
import { ELEMENTEN, esc, GGK, SOAPACTIONS, STUF, type Berichtcode } from './envelop';

const WSDL = 'http://schemas.xmlsoap.org/wsdl/';
const WSDL_SOAP = 'http://schemas.xmlsoap.org/wsdl/soap/';
const XS = 'http://www.w3.org/2001/XMLSchema';

/** An element with attributes and children; a child is already written XML. */
function el(naam: string, attrs: Record<string, string>, ...kinderen: string[]): string {
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  return kinderen.length ? `<${naam}${a}>${kinderen.join('')}</${naam}>` : `<${naam}${a}/>`;
}

/** Each operation: its name, and the qualified element its request carries. */
const OPERATIES: readonly { code: Berichtcode; naam: string; element: string }[] = (Object.keys(SOAPACTIONS) as Berichtcode[]).map((code) => ({
  code,
  // The GGK envelopes' operations are named after their function (ggk_Di01); the StUF Fo01 after its code.
  naam: code === 'Fo01' ? code : `ggk_${code}`,
  element: `${code === 'Fo01' ? 'StUF' : 'GGK'}:${ELEMENTEN[code]}`,
}));

/** The answers every operation shares: a Bv03 when taken, a SOAP fault with a Fo03 when refused. */
const ANTWOORDEN = [
  { naam: 'Bv03', element: 'StUF:Bv03Bericht' },
  { naam: 'Fo03', element: 'StUF:Fo03Bericht' },
];

export function wsdl(adres: string): string {
  const bericht = (naam: string, element: string) => el('message', { name: naam }, el('part', { name: 'body', element }));
  const letterlijk = el('soap:body', { use: 'literal' });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el(
    'definitions',
    { xmlns: WSDL, 'xmlns:xs': XS, 'xmlns:soap': WSDL_SOAP, 'xmlns:StUF': STUF, 'xmlns:GGK': GGK, name: 'ketentest-ggk', targetNamespace: GGK },
    el(
      'types',
      {},
      el('xs:schema', {}, el('xs:import', { namespace: GGK, schemaLocation: 'ggk0310_msg.xsd' }), el('xs:import', { namespace: STUF, schemaLocation: 'stuf0301.xsd' })),
    ),
    ...OPERATIES.map((o) => bericht(o.naam, o.element)),
    ...ANTWOORDEN.map((a) => bericht(a.naam, a.element)),
    el(
      'portType',
      { name: 'OntvangAsynchroon' },
      ...OPERATIES.map((o) =>
        el('operation', { name: o.naam }, el('input', { message: `GGK:${o.naam}` }), el('output', { message: 'GGK:Bv03' }), el('fault', { name: 'fout', message: 'GGK:Fo03' })),
      ),
    ),
    el(
      'binding',
      { name: 'SOAPOntvangAsynchroon', type: 'GGK:OntvangAsynchroon' },
      el('soap:binding', { style: 'document', transport: 'http://schemas.xmlsoap.org/soap/http' }),
      ...OPERATIES.map((o) =>
        el(
          'operation',
          { name: o.naam },
          el('soap:operation', { soapAction: SOAPACTIONS[o.code] }),
          el('input', {}, letterlijk),
          el('output', {}, letterlijk),
          el('fault', { name: 'fout' }, el('soap:fault', { name: 'fout', use: 'literal' })),
        ),
      ),
    ),
    el('service', { name: 'ketentest-ggk' }, el('port', { name: 'OntvangAsynchroon', binding: 'GGK:SOAPOntvangAsynchroon' }, el('soap:address', { location: adres }))),
  )}\n`;
}
