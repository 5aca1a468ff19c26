/**
 * The suite proves itself: for every fault of the simulator, the suite runs against the reference
 * implementation with that fault, and must fail, with the violated rule's tag on a failing scenario.
 * Writes rapport/mutaties.json: { fouten: [{ naam, regel, gevangen }], score }.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fout as foutMetNaam, FOUTEN } from '../partij/fouten';
import { ROLLEN, type Rol } from '../standaard/woorden';
import { Gebruiksfout, geheelGetal, leesArgumenten } from './argumenten';
import { draaiSuite } from './run';

const HULP = `Gebruik: ketentest mutatietest [--rapport MAP] [--fout NAAM]... [--parallel N] [--alle-scenarios]

Draait de suite tegen de referentie-implementatie met elk van haar bekende fouten (of alleen de
genoemde) en eist dat de suite elke fout vangt: een scenario faalt dat de geschonden regel als tag
draagt. Per fout draaien de scenario's met die tag (het oordeel hangt alleen van hen af);
--alle-scenarios draait de hele suite per fout en telt hoeveel scenario's er in totaal vallen.
Elke fout draait in een eigen proces, N tegelijk (standaard 4: het meeste is wachten op berichten
die niet komen). Schrijft MAP/mutaties.json (standaard ./rapport).`;

export interface Mutatie {
  naam: string;
  regel: string;
  gevangen: boolean;
  /** Failing scenarios, and which of them carry the rule's tag. */
  gefaald: number;
  metRegel: string[];
}

/** One fault, in this process: the suite for the fault's roles and domains, with that fault in the reference. */
export async function eenMutatie(naam: string, rapport: string, alleScenarios = false): Promise<Mutatie> {
  const f = foutMetNaam(naam)!;
  const rollen: Rol[] = f.rol === 'beide' ? [...ROLLEN] : [f.rol];
  const s = await draaiSuite({
    rollen,
    domeinen: [...f.domeinen],
    // Caught means: a scenario with the rule's tag fails; only those can decide it. A koppelvlak fault can
    // only show over a koppelvlak: of those, the transport scenarios.
    ...(!alleScenarios && { tags: f.familie === 'koppelvlak' ? `@${f.regel} and (@transport-stuf-ggk or @transport-vsp)` : `@${f.regel}` }),
    // The reference answers within milliseconds on loopback; a message that has not come in a second will not come.
    timeoutMs: 1000,
    rapport: path.join(rapport, 'mutaties', f.naam),
    fouten: [f.naam],
    rapporten: false,
    log: () => {},
  });
  // Only real failures count: an undefined or ambiguous step proves nothing about the fault.
  const metRegel = s.gefaald.filter((g) => g.status === 'FAILED' && g.regels.includes(f.regel)).map((g) => `${g.scenario} [${g.domein}]`);
  return { naam: f.naam, regel: f.regel, gevangen: metRegel.length > 0, gefaald: s.scenarios.gefaald, metRegel };
}

const CLI = path.resolve(__dirname, '..', '..', '..', 'bin', 'ketentest.js');

function inWerker(naam: string, rapport: string, alleScenarios: boolean): Promise<Mutatie> {
  return new Promise((resolve, reject) => {
    const args = [CLI, 'mutatietest', '--werker', '--fout', naam, '--rapport', rapport, ...(alleScenarios ? ['--alle-scenarios'] : [])];
    const kind = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let uit = '';
    kind.stdout.on('data', (d: Buffer) => (uit += d.toString()));
    kind.on('error', reject);
    kind.on('close', (code) => {
      const regel = uit.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(regel) as Mutatie);
      } catch {
        reject(new Error(`mutatie ${naam}: werker stopte met code ${code} zonder uitslag`));
      }
    });
  });
}

export async function mutatietest(rapport: string, namen?: string[], parallel = 4, alleScenarios = false): Promise<{ fouten: Mutatie[]; score: number }> {
  const wachtrij = FOUTEN.filter((x) => !namen?.length || namen.includes(x.naam)).map((f) => f.naam);
  // The slowest first (a fault that silences the reference makes every scenario wait), so the rest fills the gaps.
  wachtrij.sort((a, b) => Number(b === 'geen-retour') - Number(a === 'geen-retour'));
  const uitslagen = new Map<string, Mutatie>();
  const werker = async () => {
    for (let naam = wachtrij.shift(); naam; naam = wachtrij.shift()) {
      const m = await inWerker(naam, rapport, alleScenarios);
      uitslagen.set(naam, m);
      process.stdout.write(`  ${m.gevangen ? '✔' : '✘'} ${m.naam} (${m.regel}): ${m.gefaald} scenario's faalden, ${m.metRegel.length} met de tag @${m.regel}\n`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, os.availableParallelism() * 4)) }, werker));
  const fouten = FOUTEN.filter((f) => uitslagen.has(f.naam)).map((f) => uitslagen.get(f.naam)!);
  const score = fouten.length ? fouten.filter((f) => f.gevangen).length / fouten.length : 0;
  mkdirSync(rapport, { recursive: true });
  writeFileSync(
    path.join(rapport, 'mutaties.json'),
    `${JSON.stringify({ fouten: fouten.map(({ naam, regel, gevangen, gefaald, metRegel }) => ({ naam, regel, gevangen, gefaaldeScenarios: gefaald, metRegeltag: metRegel })), score }, null, 2)}\n`,
  );
  return { fouten, score };
}

export async function mutatietestOpdracht(args: string[]): Promise<number> {
  const { values } = leesArgumenten(
    args,
    { rapport: { type: 'string' }, fout: { type: 'string', multiple: true }, parallel: { type: 'string' }, werker: { type: 'boolean' }, 'alle-scenarios': { type: 'boolean' } },
    HULP,
    { positioneel: false },
  );
  const onbekend = (values.fout ?? []).filter((n) => !foutMetNaam(n));
  if (onbekend.length) throw new Gebruiksfout(`onbekende fout(en): ${onbekend.join(', ')}`);
  const rapport = path.resolve(values.rapport ?? 'rapport');
  if (values.werker) {
    // One fault, asked for by the parent: the result as the last line of stdout.
    process.stdout.write(`${JSON.stringify(await eenMutatie(values.fout![0]!, rapport, !!values['alle-scenarios']))}\n`);
    return 0;
  }
  const parallel = geheelGetal('parallel', values.parallel, 1) ?? 4;
  console.log(`ketentest mutatietest: de suite tegen ${values.fout?.length ?? FOUTEN.length} foute referentie-implementaties`);
  const { fouten, score } = await mutatietest(rapport, values.fout, parallel, !!values['alle-scenarios']);
  console.log(`score ${score.toFixed(2)}: ${fouten.filter((f) => f.gevangen).length} van ${fouten.length} fouten gevangen. Rapport: ${path.join(rapport, 'mutaties.json')}`);
  return score === 1 ? 0 : 1;
}
