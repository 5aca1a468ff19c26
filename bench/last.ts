/**
 * `npm run bench` (load part): the simulator under load over loopback HTTP, in a child process of its
 * own (its CPU is read from /proc), with four sessions (gemeente, Wmo) and 8 concurrent senders of
 * WMO315 heenberichten, each answered with a WMO316 retourbericht.
 *
 * Reported per store size: heenberichten per second, p50/p99 of the 202 (sender's clock) and of the
 * retour (from sending to the retour stored, from the log's time stamps), and the simulator's CPU time
 * per message. First on a fresh store, then after the store was filled to 100,000 messages (seeded
 * through the store itself: heenberichten, their retours and state events, spread over the four
 * sessions), so the two show whether the cost per message grows with the log.
 *
 * Each figure is the median of three rounds (by messages per second): the machine is shared, and one
 * round can be slowed by what else runs.
 *
 *   KETENTEST_BENCH_BERICHTEN   messages per round (default 3000)
 *   KETENTEST_BENCH_GEVULD      messages seeded for the second measurement (default 100000)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteOpslag } from '../simulator/dienst/opslag/sqlite';
import type { NieuwBericht } from '../simulator/dienst/opslag/contract';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import { testBsn } from '../simulator/standaard/berichten/bsn';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import { SimulatorClient } from '../scenarios/client';
import { startKind, type Kind } from '../test/kind';
import { testConfig } from '../test/tweesimulatoren';

const SESSIES = 4;
const ZENDERS = 8;
const BERICHTEN = Number(process.env.KETENTEST_BENCH_BERICHTEN ?? 3000);
const RONDES = 3;
const GEVULD = Number(process.env.KETENTEST_BENCH_GEVULD ?? 100_000);

interface Sessie {
  readonly id: string;
  readonly token: string;
  /** Where this round's entries in the session's log begin (the log is read from there, not from the start). */
  vanaf?: number;
}

/** CPU time (user + system) of a process so far, in ms. */
function cpuMs(pid: number): number {
  const velden = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(velden[11]) + Number(velden[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
}

function percentiel(waarden: number[], p: number): number {
  const s = [...waarden].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? Number.NaN;
}

/** WMO315 heenberichten with identifications and references unique to this run and prefix. */
function berichten(prefix: string, n: number, vanaf = 0): string[] {
  const s = new Sjablonen('wmo', { dagtekening: '2026-06-30', prefix });
  return Array.from({ length: n }, (_, i) =>
    schrijfXml('WMO315', s.vot({ referentie: `${prefix}${vanaf + i}`, ingang: '2026-08-01', eind: '2026-12-31' }, { bsn: testBsn(((vanaf + i) % 997) + 1000) }).bericht),
  );
}

interface Meting {
  readonly perSeconde: number;
  readonly ontvangst: { p50: number; p99: number };
  readonly retour: { p50: number; p99: number };
  readonly cpuPerBericht: number;
}

/** Sends `xmls` with ZENDERS concurrent senders spread over the sessions; measures until every retour is there. */
async function meet(k: Kind, sessies: readonly Sessie[], xmls: readonly string[]): Promise<Meting> {
  const verstuurd = new Map<string, number>();
  const ontvangst: number[] = [];
  let volgende = 0;
  const cpu0 = cpuMs(k.proces.pid!);
  const begin = performance.now();
  const beginKlok = Date.now() - performance.now();
  await Promise.all(
    Array.from({ length: ZENDERS }, async (_, z) => {
      const s = sessies[z % sessies.length]!;
      for (;;) {
        const i = volgende++;
        if (i >= xmls.length) return;
        const t = performance.now();
        const r = await fetch(`${k.url}/sessies/${s.id}/berichten`, { method: 'POST', headers: { authorization: `Bearer ${s.token}` }, body: xmls[i] });
        const { id } = (await r.json()) as { id: string };
        if (r.status !== 202) throw new Error(`bericht ${i}: ${r.status}`);
        ontvangst.push(performance.now() - t);
        verstuurd.set(id, beginKlok + t);
      }
    }),
  );
  // Every retour stored: read the log page by page (metadata only) once the sessions are done.
  const retour: number[] = [];
  for (const s of sessies) {
    const c = new SimulatorClient(`${k.url}/sessies/${s.id}`, s.token);
    for (;;) {
      if ((await c.pagina({ status: 'ontvangen', limit: 1 })).berichten.length === 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  const klaar = performance.now();
  const cpu = cpuMs(k.proces.pid!) - cpu0;
  for (const s of sessies) {
    const c = new SimulatorClient(`${k.url}/sessies/${s.id}`, s.token);
    for (const b of await c.berichten({ richting: 'uit', ...(s.vanaf && { vanaf: s.vanaf }) })) {
      const t = b.gerelateerd ? verstuurd.get(b.gerelateerd) : undefined;
      if (t !== undefined) retour.push(Date.parse(b.tijdstip) - t);
      s.vanaf = Math.max(s.vanaf ?? 0, b.volgnr + 1);
    }
  }
  return {
    perSeconde: xmls.length / ((klaar - begin) / 1000),
    ontvangst: { p50: percentiel(ontvangst, 0.5), p99: percentiel(ontvangst, 0.99) },
    retour: { p50: percentiel(retour, 0.5), p99: percentiel(retour, 0.99) },
    cpuPerBericht: cpu / xmls.length,
  };
}

/** Fills the store to `n` messages: heenberichten with their retours and state events, as processing would have left them. */
async function vul(data: string, sessies: readonly Sessie[], n: number): Promise<void> {
  const opslag = new SqliteOpslag(data);
  const s = new Sjablonen('wmo', { dagtekening: '2026-06-30', prefix: 'V' });
  const paren = Math.floor(n / 2);
  const perSessie = Math.ceil(paren / sessies.length);
  const tijdstip = new Date().toISOString();
  for (const [si, sessie] of sessies.entries()) {
    let gebeurtenis = (await opslag.beurt(sessie.id, async (b) => (await b.gebeurtenissen(0)).at(-1)?.volgnr ?? 0)) as number;
    for (let van = 0; van < perSessie; van += 1000) {
      const tot = Math.min(perSessie, van + 1000);
      await opslag.beurt(sessie.id, async (b) => {
        for (let i = van; i < tot; i++) {
          const nr = si * perSessie + i;
          const bsn = testBsn((nr % 997) + 2000);
          const heen = s.vot({ referentie: `V${nr}`, ingang: '2026-08-01', eind: '2026-12-31' }, { bsn });
          const inId = `vul-in-${nr}`;
          const uitId = `vul-uit-${nr}`;
          const gemeen = { sessie: sessie.id, transport: 'http', pogingen: 0, laatste_fout: null, volgende_poging: null, tijdstip, bevindingen: [] };
          const rij: NieuwBericht = {
            ...gemeen,
            id: inId,
            richting: 'in',
            envelop: { transport: 'http' },
            berichttype: 'WMO315',
            bsn,
            identificatie: heen.bericht.Header.BerichtIdentificatie.Identificatie,
            xml: schrijfXml('WMO315', heen.bericht),
            status: 'verwerkt',
            retourcodes: [{ berichtklasse: 'Header', pad: '/Bericht/Header', codes: ['0200'] }],
            gerelateerd: uitId,
            afleverstatus: 'niet-van-toepassing',
          };
          await b.voegToe(rij);
          await b.voegToe({
            ...gemeen,
            id: uitId,
            richting: 'uit',
            transport: 'geen',
            envelop: { transport: 'geen', afzender: '0384', ontvanger: '12345678' },
            berichttype: 'WMO316',
            bsn: null,
            identificatie: rij.identificatie,
            // The retour's content does not matter to what is measured; its size does.
            xml: rij.xml.replace(/wmo315/g, 'wmo316'),
            status: 'verwerkt',
            retourcodes: null,
            gerelateerd: inId,
            afleverstatus: 'niet-van-toepassing',
          });
          await b.voegGebeurtenisToe(++gebeurtenis, inId, { soort: 'heen-in', acceptatie: { alles: true } });
        }
      });
    }
  }
  await opslag.sluit();
}

async function sessiesMaken(url: string): Promise<Sessie[]> {
  return Promise.all(
    Array.from({ length: SESSIES }, async () => {
      const r = await fetch(`${url}/sessies`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rol: 'gemeente', domein: 'wmo' }) });
      return (await r.json()) as Sessie;
    }),
  );
}

/** A first message in every session, answered: the session's state is loaded and the process warm. */
async function opwarmen(k: Kind, sessies: readonly Sessie[], prefix: string): Promise<void> {
  const xmls = berichten(prefix, 50 * sessies.length);
  await meet(k, sessies, xmls);
}

/** The median round by messages per second. */
function mediaan(rondes: Meting[]): Meting {
  return [...rondes].sort((a, b) => a.perSeconde - b.perSeconde)[Math.floor(rondes.length / 2)]!;
}

function regel(naam: string, m: Meting): string {
  const f = (n: number) => n.toFixed(1).padStart(6);
  return (
    `  ${naam.padEnd(28)} ${m.perSeconde.toFixed(0).padStart(5)} berichten/s  202 p50 ${f(m.ontvangst.p50)} p99 ${f(m.ontvangst.p99)} ms` +
    `  retour p50 ${f(m.retour.p50)} p99 ${f(m.retour.p99)} ms  CPU ${m.cpuPerBericht.toFixed(2)} ms/bericht`
  );
}

export async function benchLast(): Promise<string[]> {
  const vers = mkdtempSync(path.join(os.tmpdir(), 'ketentest-last-'));
  const vol = mkdtempSync(path.join(os.tmpdir(), 'ketentest-last-'));
  try {
    return await benchLastIn(vers, vol);
  } finally {
    rmSync(vers, { recursive: true, force: true });
    rmSync(vol, { recursive: true, force: true });
  }
}

const belasting = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/**
 * Two simulators side by side, one on a fresh store and one on a store filled to GEVULD messages; their
 * rounds alternate, so both meet the same load from whatever else runs on the machine.
 */
async function benchLastIn(versData: string, volData: string): Promise<string[]> {
  const config = testConfig('gemeente', 'wmo');
  const regels = [`  belasting van de machine bij de start: ${belasting()} (1, 5, 15 min; ${os.cpus().length} kernen)`];
  // The filled store: sessions made by a simulator, then filled through the store itself.
  let k = await startKind({ config, data: volData, systeemdatum: '2026-06-30' });
  const volSessies = await sessiesMaken(k.url);
  await k.stop();
  const t = performance.now();
  await vul(volData, volSessies, GEVULD);
  const vullen = (performance.now() - t) / 1000;
  for (const x of volSessies) x.vanaf = Math.ceil(GEVULD / 2 / SESSIES) * 2; // each session's log holds its seeded messages first

  const versKind = await startKind({ config, data: versData, systeemdatum: '2026-06-30' });
  k = await startKind({ config, data: volData });
  const volKind = k;
  try {
    const versSessies = await sessiesMaken(versKind.url);
    await opwarmen(versKind, versSessies, 'W');
    const t2 = performance.now();
    await opwarmen(volKind, volSessies, 'X');
    const herstart = (performance.now() - t2) / 1000;
    const versRondes: Meting[] = [];
    const volRondes: Meting[] = [];
    for (let r = 0; r < RONDES; r++) {
      versRondes.push(await meet(versKind, versSessies, berichten(`A${r}`, BERICHTEN)));
      volRondes.push(await meet(volKind, volSessies, berichten(`B${r}`, BERICHTEN)));
    }
    const v = mediaan(versRondes);
    const g = mediaan(volRondes);
    const cpu = (m: Meting[]) => [...m].sort((a, b) => a.cpuPerBericht - b.cpuPerBericht)[Math.floor(m.length / 2)]!.cpuPerBericht;
    regels.push(`  belasting van de machine aan het einde: ${belasting()}`);
    return [
      `Last (simulator in een eigen proces, ${SESSIES} sessies, ${ZENDERS} gelijktijdige zenders, WMO315 met retour, loopback;`,
      `      een verse en een gevulde opslag om de beurt, mediaan van ${RONDES} rondes van ${BERICHTEN} berichten):`,
      regel(`vers (hoogstens ${(RONDES * BERICHTEN * 2 + 500).toLocaleString('nl-NL')} opgeslagen)`, v),
      regel(`na ${GEVULD.toLocaleString('nl-NL')} opgeslagen`, g),
      `  verhouding gevuld/vers: CPU per bericht ${(cpu(volRondes) / cpu(versRondes)).toFixed(2)} (mediaan), berichten/s ${(v.perSeconde / g.perSeconde).toFixed(2)}`,
      `  (vullen ${vullen.toFixed(1)} s; eerste beurt na de herstart, toestand van ${(GEVULD / 2).toLocaleString('nl-NL')} berichten opnieuw opgebouwd: ${herstart.toFixed(1)} s)`,
      ...regels,
    ];
  } finally {
    await versKind.stop();
    await volKind.stop();
  }
}
