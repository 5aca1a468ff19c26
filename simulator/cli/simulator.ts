/** `ketentest simulator`: a gemeente or aanbieder counterpart over HTTP and/or files. */
import path from 'node:path';
import type { Domein } from '../berichten/model';
import { laadBronnen } from '../bronnen/bronnen';
import { startSimulator } from '../api/starten';
import { FOUTEN, fout as foutMetNaam, type Rol } from '../rollen/fouten';
import type { SessieConfig } from '../rollen/sessie';
import { STANDAARD_GRENZEN } from '../xml/lezer';
import { datum, geheelGetal, Gebruiksfout, leesArgumenten } from './argumenten';

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
  --data MAP         opslag (SQLite) van log en toestand (standaard ./.ketentest)
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
    },
    HULP,
  );
  if (values.help) {
    console.log(`${HULP}\n\n${fouten()}`);
    return 0;
  }
  if (values.fouten) {
    console.log(fouten());
    return 0;
  }
  if (values.rol !== 'gemeente' && values.rol !== 'aanbieder') throw new Gebruiksfout(`--rol moet gemeente of aanbieder zijn${values.rol ? `, niet '${values.rol}'` : ''}\n\n${HULP}`);
  if (values.domein !== 'wmo' && values.domein !== 'jw') throw new Gebruiksfout(`--domein moet wmo of jw zijn${values.domein ? `, niet '${values.domein}'` : ''}\n\n${HULP}`);
  const poort = geheelGetal('poort', values.poort, 0) ?? 8080;
  if (poort > 65535) throw new Gebruiksfout(`--poort moet tussen 0 en 65535 liggen, niet ${poort}`);
  if (values['sut-url']) {
    try {
      const u = new URL(values['sut-url']);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    } catch {
      throw new Gebruiksfout(`--sut-url '${values['sut-url']}' is geen http(s)-URL`);
    }
  }
  for (const f of values.fout ?? []) {
    const bekend = foutMetNaam(f);
    if (!bekend) throw new Gebruiksfout(`onbekende fout '${f}'; 'ketentest simulator --fouten' toont ze`);
    if (bekend.rol !== 'beide' && bekend.rol !== values.rol) throw new Gebruiksfout(`fout '${f}' hoort bij de rol ${bekend.rol}, niet bij ${values.rol}`);
  }
  if (values.gi && (values.rol !== 'aanbieder' || values.domein !== 'jw')) throw new Gebruiksfout('--gi geldt alleen voor een aanbieder in de Jeugdwet (--rol aanbieder --domein jw)');
  if (values.gemeente && !/^\d{4}$/.test(values.gemeente)) throw new Gebruiksfout(`--gemeente verwacht een CBS-code van 4 cijfers, niet '${values.gemeente}'`);
  if (values.aanbieder && !/^\d{8}$/.test(values.aanbieder)) throw new Gebruiksfout(`--aanbieder verwacht een AGB-code van 8 cijfers, niet '${values.aanbieder}'`);
  if (values.bsn && !/^\d{9}$/.test(values.bsn)) throw new Gebruiksfout(`--bsn verwacht 9 cijfers, niet '${values.bsn}'`);
  const systeemdatum = datum('systeemdatum', values.systeemdatum);
  let bronnen;
  if (values.bronnen) {
    try {
      bronnen = laadBronnen(values.bronnen);
    } catch (e) {
      throw new Gebruiksfout((e as Error).message);
    }
  }
  const maxMb = geheelGetal('max-mb', values['max-mb'], 1);
  const config: SessieConfig = {
    rol: values.rol as Rol,
    domein: values.domein as Domein,
    gemeente: values.gemeente ?? '0384',
    aanbieder: values.aanbieder ?? '12345678',
    bsn: values.bsn ?? '999900006',
    fouten: values.fout ?? [],
    ...(values['sut-url'] && { sutUrl: values['sut-url'] }),
    ...(values.outbox && { outbox: path.resolve(values.outbox) }),
    ...(values.gi && { gi: true }),
    ...(bronnen && { bronnen }),
  };
  const draaiend = await startSimulator({
    config,
    poort,
    ...(values.host && { host: values.host }),
    data: path.resolve(values.data ?? '.ketentest'),
    ...(values.inbox && { inbox: path.resolve(values.inbox) }),
    ...(systeemdatum && { systeemdatum }),
    ...(values.token && { token: values.token }),
    grenzen: { ...STANDAARD_GRENZEN, ...(maxMb && { maxBytes: maxMb * 1048576 }) },
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE') throw new Gebruiksfout(`poort ${poort} is al in gebruik`);
    if (e.code === 'EACCES') throw new Gebruiksfout(`geen rechten om poort ${poort} of de datamap te gebruiken`);
    throw e;
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
