/**
 * `npm run soak` / `node scripts/soak.js --minuten N`: the simulator for a longer while under steady
 * load, with what happens in real life thrown in: the SUT down for a while now and then, and (with
 * --crash) the simulator killed with kill -9 and restarted. At the end every message that got a 202
 * must be processed once, with exactly one retour, and every retour must have reached the SUT; the
 * memory of the simulator process is reported per interval, so a leak shows.
 *
 *   --minuten N     how long (default 2)
 *   --tempo N       heenberichten per second (default 100)
 *   --crash         kill -9 and restart the simulator every minute
 *   --data D        a directory or postgres://… URL (default a fresh temporary directory)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { schrijfXml } from '../simulator/standaard/berichten/codec';
import { testBsn } from '../simulator/standaard/berichten/bsn';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import { SimulatorClient } from '../scenarios/client';
import { startKind, type Kind } from '../test/kind';
import { telSut, wacht } from '../test/sut';
import { testConfig } from '../test/tweesimulatoren';

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

export async function soak(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { minuten: { type: 'string' }, tempo: { type: 'string' }, crash: { type: 'boolean' }, data: { type: 'string' } },
  });
  const minuten = Number(values.minuten ?? 2);
  const tempo = Number(values.tempo ?? 100);
  if (!(minuten > 0) || !(tempo > 0)) {
    console.error('soak: --minuten en --tempo verwachten een positief getal');
    return 2;
  }
  const eigenMap = !values.data;
  const data = values.data ?? mkdtempSync(path.join(os.tmpdir(), 'ketentest-soak-'));

  // The SUT: keeps every retour it receives (in order, repeats included); down (503) when told.
  const sut = await telSut();
  const sutUrl = sut.url;

  const opties = { config: testConfig('gemeente', 'wmo', { sutUrl }), data, systeemdatum: '2026-06-30' };
  let kind: Kind = await startKind(opties);
  const sjabloon = new Sjablonen('wmo', { dagtekening: '2026-06-30', prefix: `S${Date.now().toString(36).slice(-4)}` });
  const geaccepteerd: string[] = [];
  let geweigerd = 0;
  let n = 0;
  const einde = Date.now() + minuten * 60_000;
  let herstarten = false;
  const lat: number[] = [];
  const rapport: string[] = [];

  const zenders = Array.from({ length: 4 }, async () => {
    while (Date.now() < einde) {
      const i = n++;
      const xml = schrijfXml('WMO315', sjabloon.vot({ referentie: `S${i}`, ingang: '2026-08-01', eind: '2026-12-31' }, { bsn: testBsn(i % 900) }).bericht);
      const t = performance.now();
      try {
        const r = await fetch(`${kind.url}/berichten`, { method: 'POST', body: xml });
        const j = (await r.json()) as { id?: string };
        if (r.status === 202 && j.id) geaccepteerd.push(j.id);
        else geweigerd++;
        lat.push(performance.now() - t);
      } catch {
        geweigerd++; // the simulator is being restarted: no 202, so nothing is owed
        await wacht(herstarten ? 200 : 20);
      }
      await wacht(Math.max(0, 4000 / tempo - (performance.now() - t)));
    }
  });

  const verloop = (async () => {
    let minuut = 0;
    while (Date.now() < einde) {
      await wacht(Math.min(15_000, einde - Date.now()));
      const s = Math.round((minuten * 60_000 - (einde - Date.now())) / 1000);
      lat.sort((a, b) => a - b);
      const p99 = lat[Math.floor(lat.length * 0.99)] ?? 0;
      const g = Date.now();
      let gezond = Number.NaN;
      try {
        await new SimulatorClient(kind.url).gezondheid();
        gezond = Date.now() - g;
      } catch {
        // restarting
      }
      // From 30 s on, every third interval the SUT is down for 10 s.
      const storing = s >= 30 && Math.round(s / 15) % 3 === 0;
      rapport.push(
        `  ${String(s).padStart(5)} s  ${String(geaccepteerd.length).padStart(7)} met 202  RSS ${rssMb(kind.proces.pid!).toFixed(0).padStart(4)} MB  202 p99 ${p99.toFixed(1)} ms  /gezondheid ${gezond} ms${storing ? '  (SUT 10 s plat)' : ''}`,
      );
      console.log(rapport.at(-1));
      lat.length = 0;
      if (storing) {
        sut.zetPlat(true);
        setTimeout(() => {
          sut.zetPlat(false);
        }, 10_000);
      }
      if (values.crash && Math.floor(s / 60) > minuut && Date.now() < einde - 10_000) {
        minuut = Math.floor(s / 60);
        herstarten = true;
        await kind.doodt();
        kind = await startKind(opties);
        herstarten = false;
        rapport.push(`  ${String(s).padStart(5)} s  kill -9 en herstart`);
        console.log(rapport.at(-1));
      }
    }
  })();

  await Promise.all([...zenders, verloop]);
  sut.zetPlat(false);
  // Drain: every accepted message processed and every retour delivered.
  const c = new SimulatorClient(kind.url);
  const drain = Date.now() + 120_000;
  for (;;) {
    const g = await c.gezondheid();
    const open = (await c.pagina({ status: 'ontvangen', limit: 1 })).berichten.length;
    if ((g.wachtendOpAflevering === 0 && open === 0) || Date.now() > drain) break;
    await wacht(200);
  }
  const fouten: string[] = [];
  const uit = await c.berichten({ richting: 'uit' });
  const retourOp = new Map<string, string[]>();
  for (const u of uit) if (u.gerelateerd) retourOp.set(u.gerelateerd, [...(retourOp.get(u.gerelateerd) ?? []), u.id]);
  let zonder = 0;
  let dubbel = 0;
  for (const id of geaccepteerd) {
    const r = retourOp.get(id) ?? [];
    if (r.length === 0) zonder++;
    if (r.length > 1) dubbel++;
  }
  const ontvangen = new Map<string, number>();
  for (const id of sut.ontvangen) ontvangen.set(id, (ontvangen.get(id) ?? 0) + 1);
  const nietAfgeleverd = uit.filter((u) => !ontvangen.has(u.id)).length;
  const tweeKeer = [...ontvangen.values()].filter((x) => x > 1).length;
  if (zonder) fouten.push(`${zonder} berichten met 202 zonder retour`);
  if (dubbel) fouten.push(`${dubbel} berichten met meer dan één retour`);
  if (nietAfgeleverd) fouten.push(`${nietAfgeleverd} retours niet bij de SUT aangekomen`);
  await kind.stop();
  await sut.stop();
  if (eigenMap) rmSync(data, { recursive: true, force: true });
  console.log(
    [
      '',
      `soak: ${minuten} min, ${tempo}/s gevraagd: ${geaccepteerd.length} berichten met 202 (${geweigerd} zonder, tijdens herstarts), ${uit.length} retours,`,
      `  ${ontvangen.size} retours bij de SUT (${tweeKeer} meer dan eens: afgeleverd en daarna kill -9 voor het vastleggen)`,
      fouten.length ? `MISLUKT: ${fouten.join('; ')}` : 'geslaagd: elk bericht met 202 precies één retour, elke retour bij de SUT',
    ].join('\n'),
  );
  return fouten.length ? 1 : 0;
}
