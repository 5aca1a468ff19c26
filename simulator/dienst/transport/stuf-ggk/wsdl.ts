/**
 * Our own WSDL for the StUF-GGk endpoint: the operations, messages and soapActions of the published
 * ggk0310_OntvangAsynchroon.wsdl, bound to the address it is served from. Its types import the
 * published schemas by their names (ggk0310_msg.xsd, stuf0301.xsd), which a vendor has beside it.
 */
import { GGK, SOAPACTIONS, STUF } from './envelop';

function esc(t: string): string {
  return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

export function wsdl(adres: string): string {
  const operatie = (naam: string, actie: string) => `    <operation name="${naam}">
      <soap:operation soapAction="${actie}"/>
      <input><soap:body use="literal"/></input>
      <output><soap:body use="literal"/></output>
      <fault name="fout"><soap:fault name="fout" use="literal"/></fault>
    </operation>`;
  const portOperatie = (naam: string, invoer: string) => `    <operation name="${naam}">
      <input message="${invoer}"/>
      <output message="StUF:Bv03"/>
      <fault name="fout" message="StUF:Fo03"/>
    </operation>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- ketentest: het StUF-GGk-endpoint (ggk0310, StUF-envelop 2.1) van deze simulator. -->
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
  xmlns:StUF="${STUF}" xmlns:GGK="${GGK}" name="ketentest-StUF-GGK0310" targetNamespace="${GGK}">
  <types>
    <xs:schema>
      <xs:import namespace="${GGK}" schemaLocation="ggk0310_msg.xsd"/>
      <xs:import namespace="${STUF}" schemaLocation="stuf0301.xsd"/>
    </xs:schema>
  </types>
  <message name="ggk_Di01"><part name="body" element="GGK:envelopHeenbericht-ggk_Di01"/></message>
  <message name="ggk_Du01"><part name="body" element="GGK:envelopRetourbericht-ggk_Du01"/></message>
  <message name="Fo01"><part name="body" element="StUF:Fo01Bericht"/></message>
  <message name="Bv03"><part name="body" element="StUF:Bv03Bericht"/></message>
  <message name="Fo03"><part name="body" element="StUF:Fo03Bericht"/></message>
  <portType name="OntvangAsynchroon">
${portOperatie('ggk_Di01', 'GGK:ggk_Di01')}
${portOperatie('ggk_Du01', 'GGK:ggk_Du01')}
${portOperatie('Fo01', 'GGK:Fo01')}
  </portType>
  <binding name="SOAPOntvangAsynchroon" type="GGK:OntvangAsynchroon">
    <soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
${operatie('ggk_Di01', SOAPACTIONS.Di01)}
${operatie('ggk_Du01', SOAPACTIONS.Du01)}
${operatie('Fo01', SOAPACTIONS.Fo01)}
  </binding>
  <service name="StUFOntvangAsynchroonGGK0310Service">
    <port name="OntvangAsynchroon" binding="GGK:SOAPOntvangAsynchroon">
      <soap:address location="${esc(adres)}"/>
    </port>
  </service>
</definitions>
`;
}
