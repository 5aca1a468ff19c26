/** `ketentest simulator`: a gemeente or aanbieder counterpart over HTTP and/or files. */
import path from 'node:path';
import { DOMEINEN, ROLLEN } from '../standaard/woorden';
import { isPostgresUrl } from '../dienst/opslag/postgres';
import { startSimulator } from '../dienst/starten';
import { FOUTEN } from '../partij/fouten';
import { sessieConfig } from '../dienst/sessie';
import { bronnenUit, controleerCijfers, controleerFouten, controleerUrl, datum, geheelGetal, Gebruiksfout, grenzenUit, keuze, leesArgumenten } from './argumenten';

const HULP = `Gebruik: ketentest simulator --rol gemeente|aanbieder --domein wmo|jw [opties]

Start een gesimuleerde gemeente of aanbieder voor iWmo/iJw 3.2. Het systeem onder test (SUT) speelt
de andere rol. De simulator beantwoordt elk heenbericht met het juiste retourbericht, zet op verzoek
bedrijfsstappen (POST /acties) en houdt een berichtenlog bij (GET /berichten).

  --rol R            gemeente of aanbieder: de rol van de simulator
  --domein D         wmo of jw
  --poort N          HTTP-poort (standaard 8080; 0 kiest een vrije poort)
  --host H           adres om op te luisteren (standaard 127.0.0.1)
  --sut-url URL      basis-URL van de SUT; berichten gaan naar URL/berichten (met herhaalpogingen)
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

Zie GET /openapi.json voor de API; POST /sessies maakt extra sessies met eigen token.`;

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
  const config = sessieConfig({
    rol,
    domein,
    ...(values.gemeente && { gemeente: values.gemeente }),
    ...(values.aanbieder && { aanbieder: values.aanbieder }),
    ...(values.bsn && { bsn: values.bsn }),
    ...(values.fout && { fouten: values.fout }),
    ...(values['sut-url'] && { sutUrl: values['sut-url'] }),
    ...(values.outbox && { outbox: path.resolve(values.outbox) }),
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
    grenzen,
  });
  console.log(
    `ketentest-simulator: ${config.rol} (${config.domein === 'wmo' ? 'iWmo' : 'iJw'} 3.2) luistert op ${draaiend.url}` +
      `${config.sutUrl ? `; berichten naar ${config.sutUrl}/berichten` : ''}` +
      `${values.inbox ? `; inbox ${values.inbox}` : ''}${config.outbox ? `; outbox ${config.outbox}` : ''}` +
      `${config.fouten.length ? `; fouten: ${config.fouten.join(', ')}` : ''}`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await draaiend.stop();
  return 0;
}
