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
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sessieConfig, type SessieConfig } from '../dienst/sessie';
import { STANDAARD_SESSIE } from '../dienst/simulator';
import { startSimulator, type DraaiendeSimulator } from '../dienst/starten';
import { KETENSTORINGEN, type Ketenstoring, ketentag, storingenUitTags } from '../dienst/transport/keten';
import type { TlsOpties } from '../dienst/transport/verzoek';
import { vandaag } from '../standaard/berichten/datum';
import { ALLE_REGELS } from '../standaard/regels/catalogus';
import { DOMEINEN, type Domein, type Rol, ROLLEN } from '../standaard/woorden';
import { logboek } from '../../steps/logboek';
import type { Wereldparameters } from '../../steps/wereld';
import { instructies, toonInstructie, type Instructie } from '../../scenarios/handmatig';
import { featurebestanden, INGEBOUWDE_FEATURES } from '../../steps/features';
import { kiesScenarios, schrijfScenarios } from '../../steps/selectie';
import { Berichtenverzamelaar, type Logbron, type LogRij, schrijfBerichtenlog } from './bewijs/berichtenlog';
import { domeinVan, ketentestVersie, REFERENTIE_NAAM, REGELTAG, scenarioRegel, STANDAARD, type RunGegevens, type ScenarioRegel } from './bewijs/rundata';
import { meldVerklaring, schrijfVerklaring } from './bewijs/verklaring';
import { controleerCijfers, controleerFouten, controleerUrl, Gebruiksfout, geheelGetal, keuze, leesArgumenten, tekst, tlsUit } from './argumenten';
import { Liveweergave } from './live/liveweergave';

const ROOT = path.resolve(__dirname, '..', '..', '..');

const HULP = `Gebruik: ketentest run [opties]

Draait de conformance-suite (Gherkin-scenario's uit de casuïstiek van iWmo/iJw 3.2).
Zonder --sut-url: alle scenario's, beide rollen en beide domeinen, tegen de ingebouwde
referentie-implementatie.

  --sut-rol R          gemeente of aanbieder: de rol van het systeem onder test (standaard beide)
  --domein D           wmo, jw of beide (standaard beide)
  --transport T        http (standaard), stuf-ggk, vsp of bestanden: de koppeling waarover de suite
                       met het systeem onder test praat (zonder systeem onder test: de referentie)
  --sut-url URL        http: basis-URL van het systeem onder test (het ontvangt op URL/berichten);
                       stuf-ggk: zijn SOAP-endpoint, precies zo; vsp en bestanden: niet nodig
  --inbox MAP          bestanden: waar het systeem onder test zijn berichten voor ons neerlegt
  --outbox MAP         bestanden: waar wij berichten voor het systeem onder test neerleggen
  --tls-cert BESTAND   wederzijdse TLS: ons certificaat (ook als client), met --tls-key en --tls-ca;
  --tls-key BESTAND    een client zonder certificaat van die CA wordt geweigerd
  --tls-ca BESTAND     (zie 'ketentest certificaten')
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

Scenario's met @transport-stuf-ggk of @transport-vsp gaan over die koppeling (tegen een echt systeem
alleen als de run die koppeling heeft); @keten-laat, @keten-fo01, @keten-422 en @keten-venster-1 laten
onze kant van de keten zich zo gedragen (zie README, "Koppelvlakken").

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

export type Transportkeuze = 'http' | 'stuf-ggk' | 'vsp' | 'bestanden';
export const TRANSPORTKEUZES: readonly Transportkeuze[] = ['http', 'stuf-ggk', 'vsp', 'bestanden'];

/** The tag that makes a scenario go over a koppelvlak, whatever the run's transport (reference mode). */
const TRANSPORTTAG: Partial<Record<Transportkeuze, string>> = { 'stuf-ggk': '@transport-stuf-ggk', vsp: '@transport-vsp' };

/** The side of a transport that plays the chain (the GGk before the aanbieder, VECOZO before the gemeente). */
const KETENKANT: Partial<Record<Transportkeuze, Rol>> = { 'stuf-ggk': 'aanbieder', vsp: 'gemeente' };

function transportVan(tags: readonly string[]): Transportkeuze | undefined {
  return (Object.keys(TRANSPORTTAG) as Transportkeuze[]).find((t) => tags.includes(TRANSPORTTAG[t]!));
}

export interface RunOpties {
  /** Feature files or folders (default: the suite's own). */
  features?: string[];
  /** The koppeling with the SUT (default bare HTTP); in reference mode the two simulators speak it. */
  transport?: Transportkeuze;
  /** Mutual TLS for our simulator(s). */
  tls?: TlsOpties;
  /** bestanden against a real system: where it drops messages for us, and where we put ours. */
  inbox?: string;
  outbox?: string;
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

/** A simulator's whole log with each message's bytes, read from its store page by page. */
async function leesLog(s: DraaiendeSimulator): Promise<LogRij[]> {
  const uit: LogRij[] = [];
  for (let vanaf = 0; ; ) {
    const pagina = await s.simulator.opslag.berichten(s.sessie.id, { vanaf }, { limiet: 500 });
    for (const r of pagina) {
      const rij = await s.simulator.opslag.bericht(r.id);
      if (rij) uit.push(rij);
    }
    if (pagina.length < 500) return uit;
    vanaf = pagina.at(-1)!.volgnr + 1;
  }
}

/** Runs the suite in this process; returns the summary (also written to the report directory). */
export async function draaiSuite(o: RunOpties): Promise<Samenvatting> {
  const log = o.log ?? ((r: string) => process.stdout.write(`${r}\n`));
  const transport = o.transport ?? 'http';
  const extern = !!(o.sutUrl || o.trigger || o.handmatig);
  // Every sentence is read before anything is sent.
  const gekozen = kiesScenarios({ paden: o.features ?? [INGEBOUWDE_FEATURES], rollen: o.rollen, domeinen: o.domeinen, ...(o.tags && { tags: o.tags }) });
  if (gekozen.fouten.length)
    throw new Gebruiksfout(`deze scenario's bevatten zinnen die ketentest niet kent (zie 'ketentest stappen'); er is niets verstuurd:\n${gekozen.fouten.join('\n')}`);
  // A scenario of another koppelvlak runs against a real system only when the run speaks that koppelvlak.
  const scenarios = gekozen.scenarios.filter((sc) => !extern || (transportVan(sc.pickel.tags) ?? transport) === transport);
  if (scenarios.length < gekozen.scenarios.length) log(`ketentest: ${gekozen.scenarios.length - scenarios.length} scenario('s) van een andere koppeling overgeslagen`);
  // A real system lives on today: the scenarios are written out with their dates moved for today.
  const dag = extern ? vandaag() : undefined;
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
  const draaiend: DraaiendeSimulator[] = [];
  /** Temporary folders of the bestanden reference pair: removed once the simulators have stopped. */
  const tijdelijk: string[] = [];
  const toon = (i: Instructie) => log(toonInstructie(i, o.live?.hoeGedaan()));
  const gemeente = o.gemeente && { gemeente: o.gemeente };
  const begin = new Date().toISOString();
  const beheer = (s: DraaiendeSimulator) => s.beheerUrl ?? s.url!.replace('0.0.0.0', '127.0.0.1');
  const tls = o.tls && { tls: o.tls, beheerPoort: 0 };
  /** Our simulators per transport and domain (reference mode: both roles; extern: the counterpart). */
  const paren = new Map<string, Partial<Record<Rol, DraaiendeSimulator>>>();
  const referentiepaar = async (t: Transportkeuze, domein: Domein) => {
    const sleutel = `${t}|${domein}`;
    if (paren.has(sleutel)) return paren.get(sleutel)!;
    const start = async (rol: Rol, c: Partial<SessieConfig>, extra: { inbox?: string } = {}) => {
      const s = await startSimulator({
        config: sessieConfig({ rol, domein, ...gemeente, ...c }),
        poort: 0,
        data: ':memory:',
        ...tls,
        vspIntervalMs: 25,
        inboxIntervalMs: 25,
        ...extra,
      });
      draaiend.push(s);
      return s;
    };
    let paar: Record<Rol, DraaiendeSimulator>;
    if (t === 'stuf-ggk') {
      paar = { gemeente: await start('gemeente', { transport: t }), aanbieder: await start('aanbieder', { transport: t }) };
      await paar.gemeente.simulator.herconfigureer(STANDAARD_SESSIE, { ggkUrl: `${paar.aanbieder.url}/ggk` });
      await paar.aanbieder.simulator.herconfigureer(STANDAARD_SESSIE, { ggkUrl: `${paar.gemeente.url}/ggk` });
    } else if (t === 'vsp') {
      const g = await start('gemeente', { transport: t });
      paar = { gemeente: g, aanbieder: await start('aanbieder', { transport: t, vspUrl: g.url! }) };
    } else if (t === 'bestanden') {
      const naarGemeente = mkdtempSync(path.join(os.tmpdir(), 'ketentest-naar-gemeente-'));
      const naarAanbieder = mkdtempSync(path.join(os.tmpdir(), 'ketentest-naar-aanbieder-'));
      tijdelijk.push(naarGemeente, naarAanbieder);
      paar = {
        gemeente: await start('gemeente', { transport: 'bestand', outbox: naarAanbieder }, { inbox: naarGemeente }),
        aanbieder: await start('aanbieder', { transport: 'bestand', outbox: naarGemeente }, { inbox: naarAanbieder }),
      };
    } else paar = { gemeente: await start('gemeente', {}), aanbieder: await start('aanbieder', {}) };
    paren.set(sleutel, paar);
    return paar;
  };
  const externeSimulator = async (domein: Domein) => {
    const sleutel = `${transport}|${domein}`;
    if (paren.has(sleutel)) return paren.get(sleutel)!;
    const rol: Rol = o.rollen[0] === 'gemeente' ? 'aanbieder' : 'gemeente';
    const poort = o.domeinen.length > 1 && domein === 'jw' ? (o.poort ?? 8080) + 1 : (o.poort ?? 8080);
    const map = (m: string | undefined) => m && (o.domeinen.length > 1 ? path.join(m, domein) : m);
    const adres: Partial<SessieConfig> =
      transport === 'stuf-ggk'
        ? { transport, ggkUrl: o.sutUrl! }
        : transport === 'vsp'
          ? { transport }
          : transport === 'bestanden'
            ? { transport: 'bestand', outbox: map(o.outbox)! }
            : { sutUrl: o.sutUrl! };
    const s = await startSimulator({
      config: sessieConfig({ rol, domein, ...gemeente, ...adres }),
      poort,
      host: '0.0.0.0',
      data: ':memory:',
      ...tls,
      ...(transport === 'bestanden' && { inbox: map(o.inbox)! }),
    });
    draaiend.push(s);
    const hier = `${o.tls ? 'https' : 'http'}://<deze-machine>:${poort}`;
    const waar: Record<Transportkeuze, string> = {
      http: `${hier}/berichten`,
      'stuf-ggk': `${hier}/ggk (StUF-GGk; de WSDL op ?wsdl)`,
      vsp: `${hier}/berichtenservice/… (VSP-Koppeling: push, pull en berichtstatus)`,
      bestanden: `bestanden in ${map(o.inbox)} (wij schrijven in ${map(o.outbox)})`,
    };
    log(`ketentest: onze ${rol} (${domein}) ontvangt berichten van het systeem onder test op ${waar[transport]}`);
    const paar: Partial<Record<Rol, DraaiendeSimulator>> = { [rol]: s };
    paren.set(sleutel, paar);
    return paar;
  };
  try {
    // Scenarios go in groups that need the same koppeling and the same behaviour of our side of the chain.
    const groepen = new Map<string, { transport: Transportkeuze; keten: Ketenstoring[] }>();
    for (const sc of scenarios) {
      const t = transportVan(sc.pickel.tags) ?? transport;
      const keten = storingenUitTags(sc.pickel.tags);
      groepen.set(`${t}|${keten.join(',')}`, { transport: t, keten });
    }
    const bijzonder = (g: { transport: Transportkeuze; keten: Ketenstoring[] }) => Number(g.transport !== transport || g.keten.length > 0);
    const volgorde = [...groepen.values()].sort((a, b) => bijzonder(a) - bijzonder(b));
    const parameters = (simulatoren: Wereldparameters['simulatoren']): Wereldparameters => ({
      modus: extern ? 'extern' : 'referentie',
      simulatoren,
      ...(o.trigger && { trigger: o.trigger }),
      ...(o.handmatig && { handmatig: true }),
      fouten: o.fouten,
      timeoutMs: o.timeoutMs,
      // The reference says when it has nothing left to send; a real system gets a grace period.
      nawachtMs: extern ? (o.nawachtMs ?? 500) : 0,
      ...(o.gemeente && { gemeente: o.gemeente }),
      ...(dag && { vandaag: dag }),
      ...(extern && o.data && { reeks: path.join(o.data, 'suite-reeks.json') }),
      onverschuifbaar,
      bijlagen: o.rapporten !== false,
    });
    const allure = path.join(o.rapport, 'allure-results');
    if (o.rapporten !== false) rmSync(allure, { recursive: true, force: true });

    // Follow the run through its messages: progress lines, the summary and the message log.
    const pickles = new Map<string, { naam: string; uri: string; tags: string[] }>();
    const featureNamen = new Map<string, string>();
    const logbronnen: Logbron[] = [];
    const verzamelaar = new Berichtenverzamelaar(logbronnen);
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
    const koppelingen = [...new Set(volgorde.map((g) => g.transport))];
    const omschrijving = `conformance-suite (${o.sutUrl ? `systeem onder test ${o.sutUrl}` : extern ? 'systeem onder test' : 'tegen de referentie-implementatie'}${koppelingen.some((k) => k !== 'http') ? `; koppeling ${koppelingen.join(', ')}` : ''}; rollen ${o.rollen.join(', ')}; domeinen ${o.domeinen.join(', ')}${o.fouten.length ? `; met fout ${o.fouten.join(', ')}` : ''})`;
    log(`ketentest: ${omschrijving}`);
    // Every simulator of the run before the first scenario: the live view and the message log follow them all.
    for (const g of volgorde) for (const domein of o.domeinen) await (extern ? externeSimulator(domein) : referentiepaar(g.transport, domein));
    for (const s of draaiend) {
      logbronnen.push({
        rol: s.sessie.config.rol,
        domein: s.sessie.config.domein,
        referentie: !extern,
        // The simulator's own log (what GET /berichten answers), read in-process: see bewijs/berichtenlog.ts.
        lees: () => leesLog(s),
      });
    }
    const simulatorenVoorWeergave = draaiend.map((s) => ({ rol: s.sessie.config.rol, domein: s.sessie.config.domein, simulator: s.simulator }));
    o.live?.begin({ omschrijving, modus: extern ? 'extern' : 'referentie', handmatig: !!o.handmatig, timeoutMs: o.timeoutMs, simulatoren: simulatorenVoorWeergave });
    // A scenario empties its simulators' logs as it begins: what they hold is read first (steps/wereld.ts calls this).
    logboek.voorReset = (domein) => verzamelaar.verzamel(domein);
    const omgeving = { cwd: ROOT, stdout: process.stdout, stderr: process.stderr };
    const andereTransporten = Object.entries(TRANSPORTTAG)
      .filter(([t]) => t !== transport)
      .map(([, tag]) => tag);
    for (const [i, g] of volgorde.entries()) {
      // Our simulators for this group, with our side of the chain behaving as the group's scenarios ask.
      const simulatoren: Wereldparameters['simulatoren'] = {};
      for (const domein of o.domeinen) {
        const paar = extern ? await externeSimulator(domein) : await referentiepaar(g.transport, domein);
        simulatoren[domein] = Object.fromEntries(Object.entries(paar).map(([rol, s]) => [rol, beheer(s!)]));
        const kant = KETENKANT[g.transport];
        for (const [rol, s] of Object.entries(paar)) {
          const keten = !kant || rol === kant ? g.keten : [];
          if ((s!.sessie.config.keten ?? []).join() !== keten.join()) await s!.simulator.herconfigureer(STANDAARD_SESSIE, { keten });
        }
      }
      const eigen = TRANSPORTTAG[g.transport];
      const filter = [
        ...(g.transport !== transport && eigen ? [eigen] : andereTransporten.map((t) => `not ${t}`)),
        ...(Object.keys(KETENSTORINGEN) as Ketenstoring[]).map((k) => (g.keten.includes(k) ? ketentag(k) : `not ${ketentag(k)}`)),
      ].join(' and ');
      const achtervoegsel = i === 0 ? '' : `-${g.transport}${g.keten.length ? `-${g.keten.join('-')}` : ''}`;
      const { runConfiguration } = await loadConfiguration(
        {
          file: 'cucumber.js',
          provided: {
            worldParameters: parameters(simulatoren) as never,
            // Progress comes from onMessage above; cucumber's own summary goes to a file, not the terminal.
            format: [
              `summary:${path.join(o.rapport, `cucumber${achtervoegsel}.txt`)}`,
              ...(o.rapporten === false ? [] : [`junit:${path.join(o.rapport, `junit${achtervoegsel}.xml`)}`, 'allure-cucumberjs/reporter']),
            ],
            formatOptions: { resultsDir: allure, junit: { suiteName: 'ketentest' } },
          },
        },
        { cwd: ROOT },
      );
      // The scenarios as this run plays them (a provided list would be added to the profile's paths).
      runConfiguration.sources.paths = [path.join(gespeeld, '**', '*.feature')];
      runConfiguration.sources.tagExpression = filter;
      // Step definitions register once per process (require cache): load them once, reuse for every run.
      steunCode ??= await loadSupport(runConfiguration, omgeving);
      await runCucumber({ ...runConfiguration, support: steunCode }, omgeving, onMessage);
    }
    await verzamelaar.verzamel(null);
    const berichtenlog = schrijfBerichtenlog(path.join(o.rapport, 'berichtenlog.jsonl'), verzamelaar.regels(uitslagen));
    const samenvatting = vatSamen(uitslagen, o, {
      run: runGegevens(o, begin, extern),
      berichtenlog: { bestand: 'berichtenlog.jsonl', berichten: verzamelaar.aantal, sha256: berichtenlog },
    });
    writeFileSync(path.join(o.rapport, 'samenvatting.json'), `${JSON.stringify(samenvatting, null, 2)}\n`);
    const s = samenvatting.scenarios;
    log(`${s.totaal} scenario's: ${s.geslaagd} geslaagd, ${s.gefaald} gefaald. Rapport: ${path.join(o.rapport, 'samenvatting.json')}`);
    if (o.rapporten !== false) log(meldVerklaring(await schrijfVerklaring(o.rapport, samenvatting)));
    return samenvatting;
  } finally {
    logboek.voorReset = undefined;
    o.live?.einde();
    instructies.off('instructie', toon);
    for (const s of draaiend) await s.stop();
    for (const map of tijdelijk) rmSync(map, { recursive: true, force: true });
  }
}

function runGegevens(o: RunOpties, begin: string, extern: boolean): RunGegevens {
  const referentie = !extern;
  return {
    sut: {
      naam: o.sutNaam ?? (referentie ? REFERENTIE_NAAM : o.sutUrl ? `systeem onder test op ${o.sutUrl}` : `systeem onder test (${o.transport ?? 'http'})`),
      versie: o.sutVersie ?? (referentie && !o.sutNaam ? ketentestVersie() : null),
    },
    modus: referentie ? 'referentie' : 'extern',
    'sut-url': o.sutUrl ?? null,
    transport: o.transport ?? 'http',
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
      transport: { type: 'string' },
      inbox: { type: 'string' },
      outbox: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'tls-ca': { type: 'string' },
    },
    HULP,
    { positioneel: false },
  );
  const transport = keuze('transport', values.transport ?? 'http', TRANSPORTKEUZES);
  const rol = values['sut-rol'] === undefined ? undefined : keuze('sut-rol', values['sut-rol'], ROLLEN);
  const domein = keuze('domein', values.domein ?? 'beide', ['wmo', 'jw', 'beide']);
  const url = values['sut-url'];
  controleerUrl('sut-url', url);
  controleerUrl('sut-trigger', values['sut-trigger']);
  const extern = !!(url || values['sut-trigger'] || values.handmatig);
  if (url && !rol) throw new Gebruiksfout('bij --sut-url hoort --sut-rol: welke rol speelt het systeem onder test?');
  if (extern && (transport === 'http' || transport === 'stuf-ggk') && !url)
    throw new Gebruiksfout(`--sut-trigger en --handmatig horen bij --sut-url${transport === 'stuf-ggk' ? ' (bij stuf-ggk: het SOAP-endpoint van het systeem onder test)' : ''}`);
  if (extern && !rol) throw new Gebruiksfout('tegen een systeem onder test hoort --sut-rol: welke rol speelt het?');
  if (extern && !values['sut-trigger'] && !values.handmatig)
    throw new Gebruiksfout('bij --sut-url hoort --sut-trigger URL of --handmatig: hoe zet het systeem onder test zijn stappen?');
  if (url && (transport === 'vsp' || transport === 'bestanden'))
    throw new Gebruiksfout(
      `bij --transport ${transport} is er geen --sut-url: ${transport === 'vsp' ? 'het systeem onder test haalt zijn berichten bij ons op' : 'de berichten gaan via --inbox en --outbox'}`,
    );
  if (extern && transport === 'stuf-ggk' && rol !== 'gemeente') throw new Gebruiksfout('StUF-GGk is de koppeling van een gemeente: --sut-rol gemeente');
  if (extern && transport === 'vsp' && rol !== 'aanbieder') throw new Gebruiksfout('VSP is de koppeling van een aanbieder: --sut-rol aanbieder');
  if (extern && transport === 'bestanden' && (!values.inbox || !values.outbox)) throw new Gebruiksfout('bij --transport bestanden horen --inbox MAP en --outbox MAP');
  if ((values.inbox || values.outbox) && (!extern || transport !== 'bestanden'))
    throw new Gebruiksfout('--inbox en --outbox horen bij --transport bestanden tegen een systeem onder test');
  const tls = tlsUit(values);
  controleerCijfers('gemeente', values.gemeente, 4);
  controleerFouten(values.fout);
  if (values.fout?.length && extern) throw new Gebruiksfout('--fout geldt alleen voor de referentie-implementatie, niet tegen een systeem onder test');
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
    ...(url && { sutUrl: transport === 'http' ? url.replace(/\/+$/, '') : url }),
    transport,
    ...(tls && { tls }),
    ...(values.inbox && { inbox: path.resolve(values.inbox) }),
    ...(values.outbox && { outbox: path.resolve(values.outbox) }),
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
