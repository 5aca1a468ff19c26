/**
 * `ketentest run`: the conformance suite. Without --sut-url it runs every scenario, both roles and
 * both domains, against the built-in reference implementation (a simulator in the SUT's role). With
 * --sut-url our simulator plays the counterpart of a real system, which acts through its trigger
 * (--sut-trigger, the /acties contract) or a tester (--handmatig).
 *
 * Writes rapport/samenvatting.json, rapport/berichtenlog.jsonl (every message of the run), the
 * conformance statement rapport/verklaring.html and .pdf, rapport/junit.xml and Allure results (npm run rapport).
 */
import { loadConfiguration, loadSupport, runCucumber } from '@cucumber/cucumber/api';
import type { Envelope } from '@cucumber/messages';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startSimulator, type DraaiendeSimulator } from '../dienst/starten';
import { sessieConfig } from '../dienst/sessie';
import { vandaag } from '../standaard/berichten/datum';
import { ALLE_REGELS } from '../standaard/regels/catalogus';
import { DOMEINEN, type Domein, type Rol, ROLLEN } from '../standaard/woorden';
import type { Wereldparameters } from '../../steps/wereld';
import { instructies, toonInstructie, type Instructie } from '../../scenarios/handmatig';
import { featurebestanden, INGEBOUWDE_FEATURES } from '../../steps/features';
import { kiesScenarios, schrijfScenarios } from '../../steps/selectie';
import { Berichtenverzamelaar, schrijfBerichtenlog } from './bewijs/berichtenlog';
import { domeinVan, ketentestVersie, REFERENTIE_NAAM, REGELTAG, scenarioRegel, STANDAARD, type RunGegevens, type ScenarioRegel } from './bewijs/rundata';
import { meldVerklaring, schrijfVerklaring } from './bewijs/verklaring';
import { controleerCijfers, controleerFouten, controleerUrl, Gebruiksfout, geheelGetal, keuze, leesArgumenten, tekst } from './argumenten';
import { Liveweergave } from './live/liveweergave';

const ROOT = path.resolve(__dirname, '..', '..', '..');

const HULP = `Gebruik: ketentest run [opties]

Draait de conformance-suite (Gherkin-scenario's uit de casuïstiek van iWmo/iJw 3.2).
Zonder --sut-url: alle scenario's, beide rollen en beide domeinen, tegen de ingebouwde
referentie-implementatie.

  --sut-rol R          gemeente of aanbieder: de rol van het systeem onder test (standaard beide)
  --domein D           wmo, jw of beide (standaard beide)
  --sut-url URL        basis-URL van het systeem onder test (het ontvangt berichten op URL/berichten)
  --sut-trigger URL    waar het systeem onder test bedrijfsstappen ontvangt (POST URL/acties)
  --handmatig          een tester zet de stappen van het systeem onder test en meldt ze gedaan
                       (Enter in de terminal of 'Gedaan' in de live weergave); de suite wacht
  --poort N            poort van onze simulator voor een extern systeem (standaard 8080); tegen de
                       referentie: de poort van de live weergave
  --web-poort N        poort van de live weergave (http://127.0.0.1:N/web/; standaard een vrije
                       poort, het adres staat bovenaan de uitvoer)
  --gemeente CODE      CBS-code van de gemeente (standaard 0384)
  --features MAP       draai de .feature-bestanden in deze map (of dit bestand) in plaats van de
                       ingebouwde; mag vaker. Elke zin wordt vooraf gelezen: een onbekende zin
                       stopt de run voordat er iets verstuurd is (exitcode 2)
  --tags EXPR          alleen scenario's die aan deze tag-expressie voldoen, bijv. "@OP380 and @jw"
  --timeout S          seconden wachten op een bericht (standaard 10; handmatig 600)
  --nawacht MS         na de laatste stap zoveel milliseconden wachten op wat het systeem onder
                       test nog stuurt; wat dan nog komt, laat het scenario falen (standaard 500)
  --rapport MAP        waar de rapporten komen (standaard ./rapport)
  --data MAP           waar de suite bijhoudt welke cliënten en nummers ze tegen een systeem onder
                       test al gebruikte (standaard ./.ketentest)
  --sut-naam NAAM      naam van het systeem onder test in de conformiteitsverklaring
                       (standaard "${REFERENTIE_NAAM}" tegen de referentie)
  --sut-versie V       versie van het systeem onder test in de verklaring
  --fout NAAM          (voor de mutatietest) de referentie-implementatie draait met deze fout

Schrijft in de rapportmap: samenvatting.json, berichtenlog.jsonl (elk uitgewisseld bericht),
verklaring.html en verklaring.pdf (de conformiteitsverklaring; de PDF vraagt Chromium), junit.xml,
cucumber.txt en allure-results/.

Exitcode: 0 als elk gekozen scenario slaagt, 1 als er een faalt, 2 bij een gebruiksfout.`;

export interface Samenvatting {
  scenarios: { totaal: number; geslaagd: number; gefaald: number };
  regels: Record<string, { geslaagd: number; gefaald: number }>;
  domeinen: Domein[];
  'sut-rollen': Rol[];
  'niet-gedekte-regels': string[];
  gefaald: { scenario: string; domein: string | null; status: string; regels: string[]; melding: string }[];
  /** The run: system under test, mode, transport, times, versions (bewijs/rundata.ts). */
  run: RunGegevens;
  /** Every scenario as it ran, in order. */
  uitslagen: ScenarioRegel[];
  /** The message log of the run and its SHA-256 (the conformance statement names it). */
  berichtenlog: { bestand: string; berichten: number; sha256: string };
}

let steunCode: Awaited<ReturnType<typeof loadSupport>> | undefined;

export interface RunOpties {
  /** Feature files or folders (default: the suite's own). */
  features?: string[];
  rollen: Rol[];
  domeinen: Domein[];
  sutUrl?: string;
  trigger?: string;
  handmatig?: boolean;
  poort?: number;
  gemeente?: string;
  tags?: string;
  timeoutMs: number;
  /** Extern mode: how long to wait after a scenario for what the system still sends (default 500 ms). */
  nawachtMs?: number;
  rapport: string;
  /** Extern mode: where the sequence of run values is kept between runs (default: in memory). */
  data?: string;
  fouten: string[];
  /** Progress lines (default: stdout). */
  log?: (regel: string) => void;
  /** Extra reports (JUnit, Allure, the conformance statement); off for quick internal runs such as the mutation test. */
  rapporten?: boolean;
  /** The system under test as the tester names it in the statement (default: the reference implementation's name). */
  sutNaam?: string;
  sutVersie?: string;
  /** The live web view (cli/live): follows the run, shows the simulators' logs, takes the tester's "gedaan". */
  live?: Liveweergave;
}

/** Runs the suite in this process; returns the summary (also written to the report directory). */
export async function draaiSuite(o: RunOpties): Promise<Samenvatting> {
  const log = o.log ?? ((r: string) => process.stdout.write(`${r}\n`));
  // Every sentence is read before anything is sent.
  const { scenarios, fouten } = kiesScenarios({ paden: o.features ?? [INGEBOUWDE_FEATURES], rollen: o.rollen, domeinen: o.domeinen, ...(o.tags && { tags: o.tags }) });
  if (fouten.length) throw new Gebruiksfout(`deze scenario's bevatten zinnen die ketentest niet kent (zie 'ketentest stappen'); er is niets verstuurd:\n${fouten.join('\n')}`);
  // A real system lives on today: the scenarios are written out with their dates moved for today.
  const dag = o.sutUrl ? vandaag() : undefined;
  mkdirSync(o.rapport, { recursive: true });
  const gespeeld = path.join(o.rapport, 'features');
  const { bestanden, onverschuifbaar } = schrijfScenarios(scenarios, gespeeld, dag);
  /** A played file's uri as cucumber reports it → its source, as the reports name it (relative to the project or the working folder). */
  const bronVan = (uri: string) => {
    const bron = bestanden.get(path.resolve(ROOT, uri));
    if (!bron) return uri;
    const binnen = path.relative(ROOT, bron);
    return binnen.startsWith('..') ? path.relative(process.cwd(), bron) : binnen;
  };
  const simulatoren: Wereldparameters['simulatoren'] = {};
  const draaiend: DraaiendeSimulator[] = [];
  const toon = (i: Instructie) => log(toonInstructie(i, o.live?.hoeGedaan()));
  const gemeente = o.gemeente && { gemeente: o.gemeente };
  const begin = new Date().toISOString();
  try {
    for (const domein of o.domeinen) {
      simulatoren[domein] = {};
      if (!o.sutUrl) {
        for (const rol of ROLLEN) {
          const s = await startSimulator({ config: sessieConfig({ rol, domein, ...gemeente }), poort: 0, data: ':memory:' });
          draaiend.push(s);
          simulatoren[domein]![rol] = s.url!;
        }
      } else {
        const rol: Rol = o.rollen[0] === 'gemeente' ? 'aanbieder' : 'gemeente';
        const poort = o.domeinen.length > 1 && domein === 'jw' ? (o.poort ?? 8080) + 1 : (o.poort ?? 8080);
        const s = await startSimulator({ config: sessieConfig({ rol, domein, ...gemeente, sutUrl: o.sutUrl }), poort, host: '0.0.0.0', data: ':memory:' });
        draaiend.push(s);
        simulatoren[domein]![rol] = s.url!.replace('0.0.0.0', '127.0.0.1');
        log(`ketentest: onze ${rol} (${domein}) ontvangt berichten van het systeem onder test op http://<deze-machine>:${poort}/berichten`);
      }
    }
    const parameters: Wereldparameters = {
      modus: o.sutUrl ? 'extern' : 'referentie',
      simulatoren,
      ...(o.trigger && { trigger: o.trigger }),
      ...(o.handmatig && { handmatig: true }),
      fouten: o.fouten,
      timeoutMs: o.timeoutMs,
      // The reference says when it has nothing left to send; a real system gets a grace period.
      nawachtMs: o.sutUrl ? (o.nawachtMs ?? 500) : 0,
      ...(o.gemeente && { gemeente: o.gemeente }),
      ...(dag && { vandaag: dag }),
      ...(o.sutUrl && o.data && { reeks: path.join(o.data, 'suite-reeks.json') }),
      onverschuifbaar,
      bijlagen: o.rapporten !== false,
    };
    const allure = path.join(o.rapport, 'allure-results');
    if (o.rapporten !== false) rmSync(allure, { recursive: true, force: true });
    const { runConfiguration } = await loadConfiguration(
      {
        file: 'cucumber.js',
        provided: {
          worldParameters: parameters as never,
          // Progress comes from onMessage below; cucumber's own summary goes to a file, not the terminal.
          format: [
            `summary:${path.join(o.rapport, 'cucumber.txt')}`,
            ...(o.rapporten === false ? [] : [`junit:${path.join(o.rapport, 'junit.xml')}`, 'allure-cucumberjs/reporter']),
          ],
          formatOptions: { resultsDir: allure, junit: { suiteName: 'ketentest' } },
        },
      },
      { cwd: ROOT },
    );
    // The scenarios as this run plays them (a provided list would be added to the profile's paths).
    runConfiguration.sources.paths = [path.join(gespeeld, '**', '*.feature')];

    // Follow the run through its messages: progress lines, the summary and the message log.
    const pickles = new Map<string, { naam: string; uri: string; tags: string[] }>();
    const featureNamen = new Map<string, string>();
    const verzamelaar = new Berichtenverzamelaar(
      draaiend.map((s) => ({
        rol: s.sessie.config.rol,
        domein: s.sessie.config.domein,
        referentie: !o.sutUrl,
        // The simulator's own log (what GET /berichten answers), read in-process: see bewijs/berichtenlog.ts.
        lees: () => s.simulator.opslag.berichten(s.sessie.id),
      })),
    );
    const testCases = new Map<string, string>();
    const gestart = new Map<string, { testCase: string; status: string; melding: string }>();
    const uitslagen: ScenarioRegel[] = [];
    const ernst = ['PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED'];
    const domeinVanTestCase = (id: string) => domeinVan(pickles.get(testCases.get(id)!)!.tags);
    const onMessage = (m: Envelope) => {
      o.live?.bericht(m);
      if (m.pickle) pickles.set(m.pickle.id, { naam: m.pickle.name, uri: m.pickle.uri, tags: m.pickle.tags.map((t) => t.name) });
      else if (m.gherkinDocument?.uri) featureNamen.set(m.gherkinDocument.uri, m.gherkinDocument.feature?.name ?? '');
      else if (m.testCase) testCases.set(m.testCase.id, m.testCase.pickleId);
      else if (m.testCaseStarted) {
        gestart.set(m.testCaseStarted.id, { testCase: m.testCaseStarted.testCaseId, status: 'PASSED', melding: '' });
        // What reached this domain's simulators after its previous scenario finished, before this one resets them.
        verzamelaar.verzamel(domeinVanTestCase(m.testCaseStarted.testCaseId));
      } else if (m.testStepFinished) {
        const g = gestart.get(m.testStepFinished.testCaseStartedId);
        const r = m.testStepFinished.testStepResult;
        if (g && ernst.indexOf(r.status) > ernst.indexOf(g.status)) {
          g.status = r.status;
          g.melding = r.message ?? r.exception?.message ?? r.status;
        }
      } else if (m.testCaseFinished?.willBeRetried) {
        // The attempt's messages belong to the scenario's coming result (the retry resets the simulators).
        const domein = domeinVanTestCase(gestart.get(m.testCaseFinished.testCaseStartedId)!.testCase);
        verzamelaar.wijsToe(uitslagen.length, domein);
        verzamelaar.verzamel(domein);
      } else if (m.testCaseFinished) {
        const g = gestart.get(m.testCaseFinished.testCaseStartedId)!;
        const p = pickles.get(testCases.get(g.testCase)!)!;
        const u = scenarioRegel({ naam: p.naam, feature: bronVan(p.uri), featureNaam: featureNamen.get(p.uri) ?? '', tags: p.tags, status: g.status, melding: g.melding });
        uitslagen.push(u);
        verzamelaar.wijsToe(uitslagen.length - 1, u.domein);
        verzamelaar.verzamel(u.domein);
        log(`${u.status === 'PASSED' ? '  ✔' : '  ✘'} [${u.domein ?? ''}] ${p.naam}`);
        if (u.status !== 'PASSED') log(`      ${u.melding.split('\n').join('\n      ')}`);
      }
    };
    if (o.handmatig) instructies.on('instructie', toon);
    const omschrijving = `conformance-suite (${o.sutUrl ? `systeem onder test ${o.sutUrl}` : 'tegen de referentie-implementatie'}; rollen ${o.rollen.join(', ')}; domeinen ${o.domeinen.join(', ')}${o.fouten.length ? `; met fout ${o.fouten.join(', ')}` : ''})`;
    log(`ketentest: ${omschrijving}`);
    const simulatorenVoorWeergave = draaiend.map((s) => ({ rol: s.sessie.config.rol, domein: s.sessie.config.domein, simulator: s.simulator }));
    o.live?.begin({ omschrijving, modus: parameters.modus, handmatig: !!o.handmatig, timeoutMs: o.timeoutMs, simulatoren: simulatorenVoorWeergave });
    const omgeving = { cwd: ROOT, stdout: process.stdout, stderr: process.stderr };
    // Step definitions register once per process (require cache): load them once, reuse for every run.
    steunCode ??= await loadSupport(runConfiguration, omgeving);
    await runCucumber({ ...runConfiguration, support: steunCode }, omgeving, onMessage);
    verzamelaar.verzamel(null);
    const berichtenlog = schrijfBerichtenlog(path.join(o.rapport, 'berichtenlog.jsonl'), verzamelaar.regels(uitslagen));
    const samenvatting = vatSamen(uitslagen, o, {
      run: runGegevens(o, begin),
      berichtenlog: { bestand: 'berichtenlog.jsonl', berichten: verzamelaar.aantal, sha256: berichtenlog },
    });
    writeFileSync(path.join(o.rapport, 'samenvatting.json'), `${JSON.stringify(samenvatting, null, 2)}\n`);
    const s = samenvatting.scenarios;
    log(`${s.totaal} scenario's: ${s.geslaagd} geslaagd, ${s.gefaald} gefaald. Rapport: ${path.join(o.rapport, 'samenvatting.json')}`);
    if (o.rapporten !== false) log(meldVerklaring(await schrijfVerklaring(o.rapport, samenvatting)));
    return samenvatting;
  } finally {
    o.live?.einde();
    instructies.off('instructie', toon);
    for (const s of draaiend) await s.stop();
  }
}

function runGegevens(o: RunOpties, begin: string): RunGegevens {
  const referentie = !o.sutUrl;
  return {
    sut: {
      naam: o.sutNaam ?? (referentie ? REFERENTIE_NAAM : `systeem onder test op ${o.sutUrl}`),
      versie: o.sutVersie ?? (referentie && !o.sutNaam ? ketentestVersie() : null),
    },
    modus: referentie ? 'referentie' : 'extern',
    'sut-url': o.sutUrl ?? null,
    transport: 'http',
    selectie: o.tags ?? null,
    fouten: [...o.fouten],
    begin,
    einde: new Date().toISOString(),
    'ketentest-versie': ketentestVersie(),
    standaard: STANDAARD,
  };
}

function vatSamen(uitslagen: ScenarioRegel[], o: RunOpties, bewijs: Pick<Samenvatting, 'run' | 'berichtenlog'>): Samenvatting {
  const regels: Samenvatting['regels'] = {};
  const gedekt = new Set<string>();
  for (const u of uitslagen) {
    for (const t of u.tags) {
      const m = REGELTAG.exec(t);
      if (!m) continue;
      gedekt.add(m[1]!);
      const r = (regels[m[1]!] ??= { geslaagd: 0, gefaald: 0 });
      if (u.status === 'PASSED') r.geslaagd++;
      else r.gefaald++;
    }
  }
  const geslaagd = uitslagen.filter((u) => u.status === 'PASSED').length;
  return {
    scenarios: { totaal: uitslagen.length, geslaagd, gefaald: uitslagen.length - geslaagd },
    regels: Object.fromEntries(Object.entries(regels).sort(([a], [b]) => a.localeCompare(b))),
    domeinen: o.domeinen,
    'sut-rollen': o.rollen,
    'niet-gedekte-regels': ALLE_REGELS.map((r) => r.code).filter((c) => !gedekt.has(c)),
    gefaald: uitslagen.filter((u) => u.status !== 'PASSED').map((u) => ({ scenario: u.naam, domein: u.domein, status: u.status, regels: u.regels, melding: u.melding })),
    run: bewijs.run,
    uitslagen,
    berichtenlog: bewijs.berichtenlog,
  };
}

export async function runOpdracht(args: string[]): Promise<number> {
  const { values } = leesArgumenten(
    args,
    {
      'sut-rol': { type: 'string' },
      domein: { type: 'string' },
      'sut-url': { type: 'string' },
      'sut-trigger': { type: 'string' },
      handmatig: { type: 'boolean' },
      poort: { type: 'string' },
      'web-poort': { type: 'string' },
      gemeente: { type: 'string' },
      tags: { type: 'string' },
      timeout: { type: 'string' },
      nawacht: { type: 'string' },
      rapport: { type: 'string' },
      features: { type: 'string', multiple: true },
      data: { type: 'string' },
      fout: { type: 'string', multiple: true },
      'sut-naam': { type: 'string' },
      'sut-versie': { type: 'string' },
    },
    HULP,
    { positioneel: false },
  );
  const rol = values['sut-rol'] === undefined ? undefined : keuze('sut-rol', values['sut-rol'], ROLLEN);
  const domein = keuze('domein', values.domein ?? 'beide', ['wmo', 'jw', 'beide']);
  const url = values['sut-url'];
  controleerUrl('sut-url', url);
  controleerUrl('sut-trigger', values['sut-trigger']);
  if (url && !rol) throw new Gebruiksfout('bij --sut-url hoort --sut-rol: welke rol speelt het systeem onder test?');
  if (url && !values['sut-trigger'] && !values.handmatig)
    throw new Gebruiksfout('bij --sut-url hoort --sut-trigger URL of --handmatig: hoe zet het systeem onder test zijn stappen?');
  if (!url && (values['sut-trigger'] || values.handmatig)) throw new Gebruiksfout('--sut-trigger en --handmatig horen bij --sut-url');
  controleerCijfers('gemeente', values.gemeente, 4);
  controleerFouten(values.fout);
  if (values.fout?.length && url) throw new Gebruiksfout('--fout geldt alleen voor de referentie-implementatie, niet bij --sut-url');
  for (const f of values.features ?? []) {
    if (!existsSync(f)) throw new Gebruiksfout(`--features: '${f}' bestaat niet`);
    if (!featurebestanden([f]).length) throw new Gebruiksfout(`--features: in '${f}' staat geen .feature-bestand`);
  }
  const timeout = geheelGetal('timeout', values.timeout, 1) ?? (values.handmatig ? 600 : 10);
  // A manual step waits for "gedaan" and then for the message, each up to --timeout: cucumber's step timeout must not end it first.
  if (values.handmatig) process.env.KETENTEST_STAPTIMEOUT_MS ??= String(2 * timeout * 1000 + 60_000);
  const poort = geheelGetal('poort', values.poort, 1);
  const webPoort = geheelGetal('web-poort', values['web-poort'], 0);
  if (poort !== undefined && poort > 65535) throw new Gebruiksfout(`--poort verwacht een poortnummer tot 65535, gevonden ${poort}`);
  if (webPoort !== undefined && webPoort > 65535) throw new Gebruiksfout(`--web-poort verwacht een poortnummer tot 65535, gevonden ${webPoort}`);
  const nawacht = geheelGetal('nawacht', values.nawacht, 0);
  const opties: RunOpties = {
    ...(values.features && { features: values.features.map((f) => path.resolve(f)) }),
    rollen: rol ? [rol] : [...ROLLEN],
    domeinen: domein === 'beide' ? [...DOMEINEN] : [domein],
    ...(url && { sutUrl: url.replace(/\/+$/, '') }),
    ...(values['sut-trigger'] && { trigger: values['sut-trigger'].replace(/\/+$/, '') }),
    ...(values.handmatig && { handmatig: true }),
    ...(poort && { poort }),
    ...(values.gemeente && { gemeente: values.gemeente }),
    ...(values.tags && { tags: values.tags }),
    timeoutMs: timeout * 1000,
    ...(nawacht !== undefined && { nawachtMs: nawacht }),
    rapport: path.resolve(values.rapport ?? 'rapport'),
    data: path.resolve(values.data ?? '.ketentest'),
    fouten: values.fout ?? [],
    ...(values['sut-naam'] !== undefined && { sutNaam: tekst('sut-naam', values['sut-naam']) }),
    ...(values['sut-versie'] !== undefined && { sutVersie: tekst('sut-versie', values['sut-versie']) }),
  };
  // Every option checked: now the live view, on --web-poort, against the reference on --poort (our simulators take free ports), else on a free port.
  const live = await Liveweergave.start({
    poort: webPoort ?? (url ? 0 : (poort ?? 0)),
    ...(values.handmatig && { invoer: process.stdin }),
    log: (r) => process.stdout.write(`${r}\n`),
  });
  const samenvatting = await draaiSuite({ ...opties, live }).finally(() => live.stop());
  if (samenvatting.scenarios.totaal === 0) {
    console.error('ketentest run: geen scenario voldoet aan de selectie');
    return 1;
  }
  return samenvatting.scenarios.gefaald === 0 ? 0 : 1;
}
