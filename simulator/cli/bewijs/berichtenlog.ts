/**
 * The complete message log of a run (rapport/berichtenlog.jsonl): every message the simulators that
 * `ketentest run` started sent or received, one JSON object per line with a fixed key order, so the
 * same log always has the same bytes and the conformance statement can name its SHA-256.
 *
 * The suite empties a simulator's log as a scenario of its domain begins (POST /reset), so the log is
 * gathered per scenario: the runner reads a domain's simulators when cucumber reports a scenario of
 * that domain finished, and the world asks for one more read just before it resets them
 * (`logboek.voorReset` in steps/wereld.ts). What a simulator holds until its reset belongs to the last
 * scenario that ran on it. The store is asynchronous and cucumber does not wait for its message
 * listener, so reads and assignments run one after another in a queue; the world's call waits for the
 * queue, so nothing is reset before it is read. Reads are in-process (the simulator's store, the same
 * rows GET /berichten answers).
 */
import { createHash } from 'node:crypto';
import { createReadStream, writeFileSync } from 'node:fs';
import type { BerichtRij } from '../../dienst/opslag/contract';
import { berichtInfo, CATALOGUS, type Berichttype } from '../../standaard/berichten/catalogus';
import { tegenrol } from '../../standaard/woorden';
import type { ScenarioRegel } from './rundata';

/** A row of a simulator's message log, as its store keeps it (the fields the evidence uses). */
export type LogRij = Pick<
  BerichtRij,
  | 'id'
  | 'volgnr'
  | 'richting'
  | 'transport'
  | 'berichttype'
  | 'bsn'
  | 'identificatie'
  | 'xml'
  | 'origineel'
  | 'status'
  | 'bevindingen'
  | 'retourcodes'
  | 'gerelateerd'
  | 'afleverstatus'
  | 'pogingen'
  | 'laatste_fout'
  | 'tijdstip'
>;

/** A simulator the run started: which party it plays and how to read its log now. */
export interface Logbron {
  rol: 'gemeente' | 'aanbieder';
  domein: string;
  /**
   * Whether this simulator is a reference implementation that plays the SUT in the scenarios of its
   * role (a run without --sut-url); otherwise it is always the SUT's counterpart.
   */
  referentie: boolean;
  lees(): Promise<readonly LogRij[]>;
}

interface Gezien {
  scenario: number;
  bron: number;
  rij: LogRij;
}

export class Berichtenverzamelaar {
  private readonly gezien = new Map<string, Gezien>();
  /** Per simulator, the scenario its log belongs to now (the last one that ran on it). */
  private readonly eigenaar = new Map<number, number>();

  /** Reads and assignments, one after another in the order they were asked for. */
  private rij: Promise<void> = Promise.resolve();
  private fout: unknown;

  /** `bronnen` may grow while the run starts simulators; an index stays the same simulator. */
  constructor(private readonly bronnen: readonly Logbron[]) {}

  private inRij(werk: () => void | Promise<void>): Promise<void> {
    this.rij = this.rij.then(werk).catch((e: unknown) => {
      this.fout ??= e;
    });
    return this.rij;
  }

  private vanDomein(domein: string | null): number[] {
    return this.bronnen.flatMap((b, i) => (domein === null || b.domein === domein ? [i] : []));
  }

  /** Scenario `scenario` (its index in the run's list) ran on the simulators of `domein`: what they hold is its. */
  wijsToe(scenario: number, domein: string | null): Promise<void> {
    return this.inRij(() => {
      for (const i of this.vanDomein(domein)) this.eigenaar.set(i, scenario);
    });
  }

  /**
   * Reads the logs of the simulators of `domein` (null: all): a message not seen before belongs to
   * the simulator's scenario, one seen before gets its latest state (delivery, retour link).
   */
  verzamel(domein: string | null): Promise<void> {
    return this.inRij(() => this.lees(domein));
  }

  private async lees(domein: string | null): Promise<void> {
    for (const bron of this.vanDomein(domein)) {
      const scenario = this.eigenaar.get(bron);
      if (scenario === undefined) continue;
      for (const rij of await this.bronnen[bron]!.lees()) {
        const sleutel = `${bron}/${rij.id}`;
        const eerder = this.gezien.get(sleutel);
        this.gezien.set(sleutel, { scenario: eerder?.scenario ?? scenario, bron, rij });
      }
    }
  }

  get aantal(): number {
    return this.gezien.size;
  }

  /** The log lines in order: per scenario, by time, then per simulator in its own order. A failed read fails the run's log. */
  regels(scenarios: readonly ScenarioRegel[]): string[] {
    if (this.fout) throw this.fout;
    const lijst = [...this.gezien.values()].sort(
      (a, b) => a.scenario - b.scenario || a.rij.tijdstip.localeCompare(b.rij.tijdstip) || a.bron - b.bron || a.rij.volgnr - b.rij.volgnr,
    );
    return lijst.map((g, i) => JSON.stringify(logregel(i + 1, g, this.bronnen[g.bron]!, scenarios[g.scenario])));
  }
}

/** One line of the log; the keys are written in this order, always. */
function logregel(nr: number, g: Gezien, bron: Logbron, s: ScenarioRegel | undefined) {
  const r = g.rij;
  const soort = r.berichttype && CATALOGUS.has(r.berichttype as Berichttype) ? (berichtInfo(r.berichttype).isRetour ? 'retour' : 'heen') : null;
  return {
    nr,
    // The scenario's place in samenvatting.json's uitslagen (from 1), and its name.
    'scenario-nr': g.scenario + 1,
    scenario: s?.naam ?? null,
    feature: s?.feature ?? null,
    casus: s?.casus ?? null,
    domein: bron.domein,
    'sut-rol': s?.['sut-rol'] ?? null,
    simulator: bron.rol,
    // In a scenario the simulator in the SUT's role is the reference implementation; the other is the counterpart.
    speelt: bron.referentie && s?.['sut-rol'] === bron.rol ? 'systeem onder test' : 'tegenpartij',
    richting: r.richting,
    van: r.richting === 'uit' ? bron.rol : tegenrol(bron.rol),
    naar: r.richting === 'uit' ? tegenrol(bron.rol) : bron.rol,
    transport: r.transport,
    tijdstip: r.tijdstip,
    berichttype: r.berichttype,
    soort,
    id: r.id,
    volgnr: r.volgnr,
    identificatie: r.identificatie,
    bsn: r.bsn,
    // The simulator links a retour to the heenbericht it answers, and a received heenbericht to its retour.
    heen: soort === 'retour' ? r.gerelateerd : null,
    retour: soort !== 'retour' ? r.gerelateerd : null,
    status: r.status,
    afleverstatus: r.afleverstatus,
    pogingen: r.pogingen,
    'laatste-fout': r.laatste_fout,
    bevindingen: r.bevindingen ?? [],
    retourcodes: r.retourcodes,
    xml: r.xml,
    // Bytes that were not UTF-8 text as received (UTF-16, Latin-1, broken bytes), so nothing is lost.
    ...(r.origineel && { 'origineel-base64': Buffer.from(r.origineel).toString('base64') }),
  };
}

/** Writes the log (one object per line, a newline after each) and returns its SHA-256 (hex). */
export function schrijfBerichtenlog(pad: string, regels: readonly string[]): string {
  const inhoud = regels.map((r) => `${r}\n`).join('');
  writeFileSync(pad, inhoud);
  return createHash('sha256').update(inhoud).digest('hex');
}

/** The SHA-256 (hex) of a file, read as a stream (a log can be large). */
export function sha256VanBestand(pad: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(pad)
      .on('error', reject)
      .on('data', (d) => h.update(d))
      .on('end', () => resolve(h.digest('hex')));
  });
}
