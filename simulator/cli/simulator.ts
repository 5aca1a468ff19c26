/** `ketentest simulator`: a gemeente or aanbieder counterpart over HTTP and/or files. */
import path from 'node:path';
import { KETENSTORINGEN } from '../dienst/transport/keten';
import { DOMEINEN, ROLLEN } from '../standaard/woorden';
import { isPostgresUrl } from '../dienst/opslag/postgres';
import { startSimulator } from '../dienst/starten';
import { FOUTEN } from '../partij/fouten';
import { sessieConfig } from '../dienst/sessie';
import { bronnenUit, controleerCijfers, controleerFouten, controleerUrl, datum, geheelGetal, Gebruiksfout, grenzenUit, keuze, leesArgumenten, tlsUit } from './argumenten';

const HULP = `Gebruik: ketentest simulator --rol gemeente|aanbieder --domein wmo|jw [opties]

Start een gesimuleerde gemeente of aanbieder voor iWmo/iJw 3.2. Het systeem onder test (SUT) speelt
de andere rol. De simulator beantwoordt elk heenbericht met het juiste retourbericht, zet op verzoek
bedrijfsstappen (POST /acties) en houdt een berichtenlog bij (GET /berichten).

Koppelingen (alle endpoints zijn er altijd; --transport kiest hoe onze berichten gaan):
  http       POST /berichten; wij posten naar <sut-url>/berichten
  stuf-ggk   SOAP op /ggk (WSDL: /ggk?wsdl); wij sturen ggk_Di01/ggk_Du01/Fo01 naar --sut-url (het
             SOAP-endpoint van de SUT, precies zo). Als aanbieder spelen we ook het knooppunt.
  vsp        als gemeente: wij zijn VECOZO (push, pull en berichtstatus onder /berichtenservice/…) en
             zetten onze berichten klaar; als aanbieder: wij pushen naar en halen op bij --sut-url
  bestanden  --inbox en --outbox

  --rol R            gemeente of aanbieder: de rol van de simulator
  --domein D         wmo of jw
  --poort N          HTTP-poort (standaard 8080; 0 kiest een vrije poort)
  --host H           adres om op te luisteren (standaard 127.0.0.1)
  --transport T      http, stuf-ggk, vsp of bestanden (standaard: http en/of bestanden naar wat is opgegeven)
  --sut-url URL      http: basis-URL van de SUT (URL/berichten); stuf-ggk: het SOAP-endpoint van de SUT;
                     vsp (als aanbieder): de VSP-dienst; met herhaalpogingen
  --tls-cert B       wederzijdse TLS (met --tls-key en --tls-ca): luister met HTTPS en weiger een client
  --tls-key B        zonder certificaat van --tls-ca; ons certificaat geldt ook als clientcertificaat
  --tls-ca B         (ketentest certificaten MAP maakt ze)
  --keten NAAM       speel een storing van de keten: laat, fo01, 422, venster-1 (herhaalbaar)
  --inbox MAP        bestandstransport: lees berichten uit MAP (verwerkt/ en afgekeurd/ ernaast)
  --outbox MAP       bestandstransport: schrijf berichten naar MAP
  --data MAP|URL     opslag van log en toestand: een map (SQLite, standaard ./.ketentest; één
                     proces per map) of postgres://gebruiker:wachtwoord@host/database (PostgreSQL;
                     meerdere simulatorprocessen achter een load balancer delen de sessies)
  --synchroon        SQLite: elke commit met fsync (overleeft ook stroomuitval, niet alleen een
                     gestopt proces); langzamer
  --fout NAAM        gedraag je met deze bekende fout (herhaalbaar); zie --fouten
  --fouten           toon alle fouten met de regel die ze schenden, en stop
  --gemeente CODE    CBS-code van de gemeente (standaard 0384)
  --aanbieder AGB    AGB-code van de aanbieder (standaard 12345678)
  --bsn BSN          de cliënt van acties zonder bsn (standaard 999900006)
  --gi               Jw: de aanbieder is een gecertificeerde instelling (meldt start en stop zelf)
  --systeemdatum D   zet de klok (JJJJ-MM-DD); ook later via PUT /klok
  --bronnen BESTAND  JSON met gemeentecodes, productcodes en contracttarieven
  --token T          vereis dit bearer-token voor de standaardsessie
  --max-mb N         grootste bericht in MB (standaard 50)

Zie GET /openapi.json voor de API; POST /sessies maakt extra sessies met eigen token. De
webweergave (berichtenlog per cliënt, berichten, retourcodes) staat op http://<host>:<poort>/web/;
een beveiligde sessie toont daar alleen iets met haar token.`;

function fouten(): string {
  const regels = FOUTEN.map((f) => `  ${f.naam.padEnd(38)} ${f.regel.padEnd(6)} ${f.rol.padEnd(9)} ${f.uitleg}`);
  return `Bekende fouten (--fout NAAM):\n  ${'naam'.padEnd(38)} ${'regel'.padEnd(6)} ${'rol'.padEnd(9)} gedrag\n${regels.join('\n')}`;
}

export async function simulatorOpdracht(args: string[]): Promise<number> {
  const { values } = leesArgumenten(
    args,
    {
      rol: { type: 'string' },
      domein: { type: 'string' },
      poort: { type: 'string' },
      host: { type: 'string' },
      'sut-url': { type: 'string' },
      inbox: { type: 'string' },
      outbox: { type: 'string' },
      data: { type: 'string' },
      fout: { type: 'string', multiple: true },
      fouten: { type: 'boolean' },
      gemeente: { type: 'string' },
      aanbieder: { type: 'string' },
      bsn: { type: 'string' },
      gi: { type: 'boolean' },
      systeemdatum: { type: 'string' },
      bronnen: { type: 'string' },
      token: { type: 'string' },
      'max-mb': { type: 'string' },
      synchroon: { type: 'boolean' },
      transport: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'tls-ca': { type: 'string' },
      keten: { type: 'string', multiple: true },
    },
    HULP,
    { volledigeHulp: `${HULP}\n\n${fouten()}` },
  );
  if (values.fouten) {
    console.log(fouten());
    return 0;
  }
  const rol = keuze('rol', values.rol, ROLLEN, HULP);
  const domein = keuze('domein', values.domein, DOMEINEN, HULP);
  const poort = geheelGetal('poort', values.poort, 0) ?? 8080;
  if (poort > 65535) throw new Gebruiksfout(`--poort moet tussen 0 en 65535 liggen, niet ${poort}`);
  controleerUrl('sut-url', values['sut-url']);
  controleerFouten(values.fout, rol);
  if (values.gi && (rol !== 'aanbieder' || domein !== 'jw')) throw new Gebruiksfout('--gi geldt alleen voor een aanbieder in de Jeugdwet (--rol aanbieder --domein jw)');
  controleerCijfers('gemeente', values.gemeente, 4, 'CBS-code');
  controleerCijfers('aanbieder', values.aanbieder, 8, 'AGB-code');
  controleerCijfers('bsn', values.bsn, 9);
  const systeemdatum = datum('systeemdatum', values.systeemdatum);
  const bronnen = bronnenUit(values.bronnen);
  const grenzen = grenzenUit(values);
  const transport = values.transport === undefined ? undefined : keuze('transport', values.transport, ['http', 'stuf-ggk', 'vsp', 'bestanden'] as const);
  const sutUrl = values['sut-url'];
  if (transport === 'vsp' && sutUrl && rol !== 'aanbieder') throw new Gebruiksfout('als gemeente over VSP zijn wij de VSP-dienst: de SUT haalt op, er is geen --sut-url');
  if (transport === 'stuf-ggk' && !sutUrl) throw new Gebruiksfout('bij --transport stuf-ggk hoort --sut-url: het SOAP-endpoint van de SUT');
  if (transport === 'bestanden' && !values.outbox) throw new Gebruiksfout('bij --transport bestanden hoort --outbox');
  for (const k of values.keten ?? []) if (!(k in KETENSTORINGEN)) throw new Gebruiksfout(`onbekende ketenstoring '${k}'; kies uit ${Object.keys(KETENSTORINGEN).join(', ')}`);
  const tls = tlsUit(values);
  const adres =
    transport === 'stuf-ggk'
      ? { transport, ggkUrl: sutUrl! }
      : transport === 'vsp'
        ? { transport, ...(sutUrl && { vspUrl: sutUrl }) }
        : { ...(transport && { transport: transport === 'bestanden' ? 'bestand' : transport }), ...(sutUrl && { sutUrl }) };
  const config = sessieConfig({
    rol,
    domein,
    ...(values.gemeente && { gemeente: values.gemeente }),
    ...(values.aanbieder && { aanbieder: values.aanbieder }),
    ...(values.bsn && { bsn: values.bsn }),
    ...(values.fout && { fouten: values.fout }),
    ...adres,
    ...(values.outbox && { outbox: path.resolve(values.outbox) }),
    ...(values.keten && { keten: values.keten }),
    ...(values.gi && { gi: true }),
    ...(bronnen && { bronnen }),
  });
  const draaiend = await startSimulator({
    config,
    poort,
    ...(values.host && { host: values.host }),
    data: isPostgresUrl(values.data ?? '') ? values.data! : path.resolve(values.data ?? '.ketentest'),
    ...(values.synchroon && { synchroon: true }),
    ...(values.inbox && { inbox: path.resolve(values.inbox) }),
    ...(systeemdatum && { systeemdatum }),
    ...(values.token && { token: values.token }),
    ...(tls && { tls }),
    grenzen,
  });
  console.log(
    `ketentest-simulator: ${config.rol} (${config.domein === 'wmo' ? 'iWmo' : 'iJw'} 3.2) luistert op ${draaiend.url}` +
      `${config.transport ? ` (koppeling ${config.transport})` : ''}` +
      `${config.ggkUrl ? `; StUF-GGk naar ${config.ggkUrl}` : ''}${config.vspUrl ? `; VSP-dienst ${config.vspUrl}` : ''}` +
      `${config.sutUrl && (!config.transport || config.transport === 'http') ? `; berichten naar ${config.sutUrl}/berichten` : ''}` +
      `${values.inbox ? `; inbox ${values.inbox}` : ''}${config.outbox ? `; outbox ${config.outbox}` : ''}` +
      `${config.fouten.length ? `; fouten: ${config.fouten.join(', ')}` : ''}`,
  );
  if (draaiend.url) console.log(`ketentest-simulator: webweergave op ${draaiend.url}/web/`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await draaiend.stop();
  return 0;
}
