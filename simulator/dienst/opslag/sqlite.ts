/**
 * The simulator's store (`Opslag`, see `contract.ts`) in an embedded SQLite database under `--data`:
 * one process per directory, held with SQLite's exclusive locking mode (the operating system releases
 * the lock when the process dies, also on kill -9; a second process is refused at once).
 *
 * better-sqlite3 is synchronous; the store is asynchronous to share its interface with PostgreSQL.
 * Every write (a receipt, a session's turn, a delivery's lease or outcome) is a task in `exclusief`:
 * the tasks queued in one turn of the event loop run one after the other in one transaction, each in
 * a savepoint of its own (a task that fails is undone alone), and only after the commit does any of
 * them resolve (group commit). So a busy simulator commits once per turn of the event loop, not once
 * per message, and nothing is answered or delivered before it is durable. WAL with
 * synchronous=NORMAL: a committed message survives the process dying (kill -9); `synchroon: true`
 * (FULL) also a power failure, at the cost of an fsync per commit.
 *
 * The JSON columns (envelope, findings, retourcodes, configuration, event) are text here and typed
 * values at the interface.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Berichttype } from '../../standaard/berichten/catalogus';
import type { SessieConfig } from '../sessieconfig';
import {
  type Aflevertaak,
  type BerichtRij,
  type Berichtfilter,
  type Berichtwijziging,
  type Beurt,
  type GebeurtenisRij,
  type Logregel,
  type NieuwBericht,
  type OpgeslagenSessie,
  type Opslag,
  OpslagFout,
  type Pagina,
  type SessieRij,
  type Werkvoorraad,
} from './contract';
import { gebeurtenisNaar, gebeurtenisUit, INDEXEN, INVOEG_KOLOMMEN, type Kolommen, KOP_KOLOMMEN, naarKolommen, uitRij, uitSessie, wijziging } from './kolommen';

const SCHEMA = `
create table if not exists sessies (
  id text primary key, token_hash text, config text not null, systeemdatum text, aangemaakt text not null, versie integer not null default 1
);
create table if not exists berichten (
  id text primary key, sessie text not null, volgnr integer not null, richting text not null, transport text not null,
  berichttype text, bsn text, identificatie text, status text not null,
  bevindingen text, retourcodes text, gerelateerd text,
  afleverstatus text not null, pogingen integer not null default 0, laatste_fout text, volgende_poging integer,
  tijdstip text not null, envelop text, sleutel text, bezet_tot integer, xml text not null, origineel blob
);
create table if not exists gebeurtenissen (
  sessie text not null, volgnr integer not null, bericht text not null, acceptatie text not null,
  primary key (sessie, volgnr)
);
`;

/** Indexes of an older log that the queues replaced, and the place in the log (not unique: an old log may repeat one). */
const OUDE_INDEXEN = `
drop index if exists berichten_sessie;
drop index if exists berichten_wachtend;
drop index if exists berichten_richting;
create index if not exists berichten_volgnr on berichten (sessie, volgnr);
`;

/** A message's transport reference, as the index on it has it (`Berichtfilter.referentie`). */
const REFERENTIE = "json_extract(envelop, '$.referentie')";

/** A message at its place in the log: the columns both stores write (kolommen.ts), and the place. */
const INVOEGEN = `insert into berichten (volgnr, ${INVOEG_KOLOMMEN.join(', ')}) values (@volgnr, ${INVOEG_KOLOMMEN.map((k) => `@${k}`).join(', ')})`;

/** How long one group commit may take its tasks before it commits (a turn of the event loop stays short). */
const GROEP_MS = 10;

export interface SqliteOpties {
  /** synchronous=FULL: every commit is fsync'ed (survives a power failure, not only the process dying). */
  readonly synchroon?: boolean;
}

/** The store in an embedded SQLite database (a directory under --data, or ':memory:'). */
export class SqliteOpslag implements Opslag {
  readonly naam: string;
  readonly gedeeld = false;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  /** The next place in the log per session (this process alone writes the database). */
  private readonly tellers = new Map<string, number>();
  /** Writes waiting for the next group (see the file comment). */
  private taken: Taak[] = [];
  private gepland = false;
  private groep: Promise<void> = Promise.resolve();

  constructor(map: string | ':memory:', o: SqliteOpties = {}) {
    if (map === ':memory:') {
      this.naam = 'SQLite in het geheugen';
      this.db = new Database(':memory:');
    } else {
      this.naam = `SQLite in ${map}`;
      this.db = openBestand(map);
      this.db.pragma(`synchronous = ${o.synchroon ? 'FULL' : 'NORMAL'}`);
    }
    // A page cache that holds the hot parts of the indexes of a large log (SQLite's default is 2 MB).
    this.db.pragma('cache_size = -65536');
    this.db.exec(SCHEMA);
    // A log written before a column existed gains it (every row there was stored as UTF-8 text, without an envelope).
    const kolommen = new Set((this.db.prepare('pragma table_info(berichten)').all() as { name: string }[]).map((k) => k.name));
    for (const [k, type] of [
      ['origineel', 'blob'],
      ['envelop', 'text'],
      ['sleutel', 'text'],
      ['bezet_tot', 'integer'],
    ] as const) {
      if (!kolommen.has(k)) this.db.exec(`alter table berichten add column ${k} ${type}`);
    }
    if (!(this.db.prepare('pragma table_info(sessies)').all() as { name: string }[]).some((k) => k.name === 'versie')) {
      this.db.exec('alter table sessies add column versie integer not null default 1');
    }
    this.db.exec(OUDE_INDEXEN);
    this.db.exec(INDEXEN);
    this.db.exec(`create index if not exists berichten_referentie on berichten (sessie, transport, ${REFERENTIE})`);
  }

  private sql(tekst: string): Database.Statement {
    let s = this.statements.get(tekst);
    if (!s) this.statements.set(tekst, (s = this.db.prepare(tekst)));
    return s;
  }

  /** A write, in the next group commit; resolves (or rejects) once that group is committed. `sessie`: whose place counter to forget when it fails. */
  private exclusief<T>(werk: () => T | Promise<T>, sessie?: string): Promise<T> {
    return new Promise<T>((klaar, fout) => {
      this.taken.push({ werk, klaar: klaar as (w: unknown) => void, fout, sessie });
      if (!this.gepland) {
        this.gepland = true;
        setImmediate(() => {
          this.groep = this.voerGroepUit();
        });
      }
    });
  }

  /** Every task queued so far in one transaction, each in a savepoint; their outcomes after the commit. */
  private async voerGroepUit(): Promise<void> {
    const wachtend = this.taken;
    this.taken = [];
    const groep: Taak[] = [];
    const uitkomsten: ({ ok: true; waarde: unknown } | { ok: false; fout: unknown })[] = [];
    const begin = performance.now();
    try {
      this.sql('begin immediate').run();
      // Tasks until the group has taken GROEP_MS: then it commits and the rest waits for the next one, so HTTP gets a turn.
      while (groep.length < wachtend.length && (groep.length === 0 || performance.now() - begin < GROEP_MS)) {
        const t = wachtend[groep.length]!;
        groep.push(t);
        this.sql('savepoint taak').run();
        try {
          uitkomsten.push({ ok: true, waarde: await t.werk() });
          this.sql('release taak').run();
        } catch (e) {
          this.sql('rollback to taak').run();
          this.sql('release taak').run();
          if (t.sessie) this.tellers.delete(t.sessie);
          uitkomsten.push({ ok: false, fout: e });
        }
      }
      this.sql('commit').run();
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('rollback');
      this.tellers.clear();
      // Not even begun (the database fails): every waiting task fails, none is tried again in a loop.
      if (!groep.length) groep.push(...wachtend);
      for (const t of groep) t.fout(e);
      return;
    } finally {
      // What did not fit in this group goes first in the next, before what was queued meanwhile.
      if (groep.length < wachtend.length) this.taken = [...wachtend.slice(groep.length), ...this.taken];
      this.gepland = this.taken.length > 0;
      if (this.gepland)
        setImmediate(() => {
          this.groep = this.voerGroepUit();
        });
    }
    groep.forEach((t, i) => {
      const u = uitkomsten[i]!;
      if (u.ok) t.klaar(u.waarde);
      else t.fout(u.fout);
    });
  }

  async sluit(): Promise<void> {
    while (this.gepland || this.taken.length) {
      await this.groep;
      await new Promise((r) => setImmediate(r));
    }
    this.db.close();
  }

  // Sessions ------------------------------------------------------------------------------------

  bewaarSessie(s: Omit<SessieRij, 'versie'>): Promise<void> {
    return this.exclusief(() => {
      this.sql(
        `insert into sessies (id, token_hash, config, systeemdatum, aangemaakt, versie) values (@id, @token_hash, @config, @systeemdatum, @aangemaakt, 1)
         on conflict(id) do update set token_hash = excluded.token_hash, config = excluded.config,
           versie = versie + (case when config = excluded.config then 0 else 1 end)`,
      ).run({ ...s, config: JSON.stringify(s.config) });
    });
  }

  async sessies(): Promise<OpgeslagenSessie[]> {
    return (this.sql('select * from sessies order by aangemaakt').all() as SessieKolommen[]).map(uitSessie);
  }

  async sessie(id: string): Promise<OpgeslagenSessie | undefined> {
    const k = this.sql('select * from sessies where id = ?').get(id) as SessieKolommen | undefined;
    return k && uitSessie(k);
  }

  zetSysteemdatum(sessie: string, datum: string | null): Promise<void> {
    return this.exclusief(() => {
      this.sql('update sessies set systeemdatum = ? where id = ?').run(datum, sessie);
    });
  }

  // Messages ------------------------------------------------------------------------------------

  private volgendVolgnr(sessie: string): number {
    let n = this.tellers.get(sessie);
    if (n === undefined) n = (this.sql('select coalesce(max(volgnr), 0) as n from berichten where sessie = ?').get(sessie) as { n: number }).n;
    this.tellers.set(sessie, n + 1);
    return n + 1;
  }

  private voegIn(r: NieuwBericht): BerichtRij {
    const rij: BerichtRij = { ...r, origineel: r.origineel ?? null, sleutel: r.sleutel ?? null, volgnr: this.volgendVolgnr(r.sessie) };
    this.sql(INVOEGEN).run(naarKolommen(rij));
    return rij;
  }

  /** Resolves once the message is committed, with the receipts and turns of the same turn of the event loop (group commit). */
  ontvang(r: NieuwBericht): Promise<BerichtRij> {
    return this.exclusief(() => this.voegIn(r), r.sessie);
  }

  async bericht(id: string): Promise<BerichtRij | undefined> {
    return this.leesBericht(id);
  }

  private leesBericht(id: string): BerichtRij | undefined {
    const k = this.sql('select * from berichten where id = ?').get(id) as Kolommen | undefined;
    return k && uitRij(k);
  }

  private rijen(sql: string, ...parameters: unknown[]): BerichtRij[] {
    return (this.sql(sql).all(...parameters) as Kolommen[]).map(uitRij);
  }

  async berichten(sessie: string, filter: Berichtfilter, pagina: Pagina): Promise<Logregel[]> {
    const waar = ['sessie = @sessie'];
    if (filter.berichttype) waar.push('berichttype = @berichttype');
    if (filter.richting) waar.push('richting = @richting');
    if (filter.bsn) waar.push('bsn = @bsn');
    if (filter.status) waar.push('status = @status');
    if (filter.afleverstatus) waar.push('afleverstatus = @afleverstatus');
    if (filter.transport) waar.push('transport = @transport');
    if (filter.referentie) waar.push(`${REFERENTIE} = @referentie`);
    if (filter.vanaf !== undefined) waar.push('volgnr >= @vanaf');
    const sql = `select ${KOP_KOLOMMEN.join(', ')} from berichten where ${waar.join(' and ')} order by volgnr limit @limiet`;
    return (this.sql(sql).all({ sessie, ...filter, limiet: pagina.limiet }) as Kolommen[]).map(uitRij);
  }

  async wachtend(sessie: string): Promise<number> {
    return (this.sql("select count(*) as n from berichten where sessie = ? and afleverstatus = 'wachtend'").get(sessie) as { n: number }).n;
  }

  // Delivery ------------------------------------------------------------------------------------

  neemAflevering(sessie: string, leaseMs: number): Promise<Aflevertaak> {
    return this.exclusief((): Aflevertaak => {
      const k = this.sql("select * from berichten where sessie = ? and afleverstatus = 'wachtend' order by volgnr limit 1").get(sessie) as
        | (Kolommen & { bezet_tot: number | null })
        | undefined;
      if (!k) return { soort: 'leeg' };
      const nu = Date.now();
      const om = Math.max(k.volgende_poging ?? 0, k.bezet_tot ?? 0);
      if (om > nu) return { soort: 'later', om };
      this.sql('update berichten set bezet_tot = ? where id = ?').run(nu + leaseMs, k.id);
      return { soort: 'bericht', rij: uitRij(k) };
    });
  }

  legAfleveringVast(id: string, v: Pick<BerichtRij, 'afleverstatus' | 'pogingen' | 'laatste_fout' | 'volgende_poging' | 'envelop'>): Promise<void> {
    return this.exclusief(() => {
      this.sql(
        'update berichten set afleverstatus = @afleverstatus, pogingen = @pogingen, laatste_fout = @laatste_fout, volgende_poging = @volgende_poging, envelop = @envelop, bezet_tot = null where id = @id',
      ).run({ ...naarKolommen(v), id });
    });
  }

  async klaargezet(sessie: string, transport: string, max: number): Promise<BerichtRij[]> {
    return this.rijen("select * from berichten where sessie = ? and afleverstatus = 'klaargezet' and transport = ? order by volgnr limit ?", sessie, transport, max);
  }

  bevestig(sessie: string, id: string): Promise<boolean> {
    return this.exclusief(
      () => this.sql("update berichten set afleverstatus = 'afgeleverd' where id = ? and sessie = ? and afleverstatus = 'klaargezet'").run(id, sessie).changes === 1,
    );
  }

  async werkvoorraad(): Promise<Werkvoorraad> {
    const nu = Date.now();
    const sessies = (sql: string, ...p: unknown[]) => (this.sql(sql).all(...p) as { sessie: string }[]).map((r) => r.sessie);
    return {
      verwerken: sessies("select distinct sessie from berichten where status = 'ontvangen'"),
      bezorgen: sessies("select distinct sessie from berichten where afleverstatus = 'wachtend' and coalesce(volgende_poging, 0) <= ? and coalesce(bezet_tot, 0) <= ?", nu, nu),
    };
  }

  // A session's turn ----------------------------------------------------------------------------

  /** A turn is one task of a group commit: its savepoint makes it all or nothing; it resolves once committed. */
  beurt<T>(sessie: string, f: (b: Beurt) => Promise<T>): Promise<T> {
    return this.exclusief(() => f(this.beurtVan(sessie)), sessie);
  }

  private beurtVan(sessie: string): Beurt {
    return {
      sessie: () => this.sessie(sessie),
      gebeurtenissen: async (na) => {
        const rijen = this.sql(
          `select g.volgnr, g.bericht, g.acceptatie, b.xml, b.origineel from gebeurtenissen g join berichten b on b.id = g.bericht
           where g.sessie = ? and g.volgnr > ? order by g.volgnr`,
        ).all(sessie, na) as { volgnr: number; bericht: string; acceptatie: string; xml: string; origineel: Buffer | null }[];
        return rijen.map(({ acceptatie, ...r }): GebeurtenisRij => ({ ...r, gebeurtenis: gebeurtenisUit(acceptatie) }));
      },
      onverwerkt: async (max) => this.rijen("select * from berichten where sessie = ? and status = 'ontvangen' order by volgnr limit ?", sessie, max),
      bericht: async (id) => {
        const r = this.leesBericht(id);
        return r?.sessie === sessie ? r : undefined;
      },
      uitgaandMetIdentificatie: async (identificatie) =>
        this.rijen("select * from berichten where sessie = ? and richting = 'uit' and identificatie = ? order by volgnr", sessie, identificatie),
      laatsteOntvangen: async (berichttype: Berichttype, sleutel: string) =>
        this.rijen(
          "select * from berichten where sessie = ? and berichttype = ? and sleutel = ? and richting = 'in' order by volgnr desc limit 1",
          sessie,
          berichttype,
          sleutel,
        )[0],
      voegToe: async (r) => this.voegIn({ ...r, sessie }),
      werkBij: async (id, velden) => this.werkBij(sessie, id, velden),
      voegGebeurtenisToe: async (volgnr, bericht, g) => {
        this.sql('insert into gebeurtenissen (sessie, volgnr, bericht, acceptatie) values (?, ?, ?, ?)').run(sessie, volgnr, bericht, gebeurtenisNaar(g));
      },
      bewaarConfig: async (config: SessieConfig) => {
        this.sql('update sessies set config = ?, versie = versie + 1 where id = ?').run(JSON.stringify(config), sessie);
      },
      wis: async () => {
        this.sql('delete from berichten where sessie = ?').run(sessie);
        this.sql('delete from gebeurtenissen where sessie = ?').run(sessie);
        this.sql('update sessies set systeemdatum = null, versie = versie + 1 where id = ?').run(sessie);
        this.tellers.delete(sessie);
      },
    };
  }

  private werkBij(sessie: string, id: string, velden: Berichtwijziging): void {
    const { namen, waarden } = wijziging(velden);
    if (!namen.length) return;
    this.sql(`update berichten set ${namen.map((n) => `${n} = ?`).join(', ')} where id = ? and sessie = ?`).run(...waarden, id, sessie);
  }
}

type SessieKolommen = Omit<SessieRij, 'config'> & { config: string };

interface Taak {
  werk: () => unknown;
  klaar: (w: unknown) => void;
  fout: (e: unknown) => void;
  sessie: string | undefined;
}

/** Opens the database file under `map`, exclusively: a clear Dutch refusal when that cannot be. */
function openBestand(map: string): Database.Database {
  try {
    mkdirSync(map, { recursive: true });
  } catch (e) {
    throw new OpslagFout(`de datamap ${map} kan niet aangemaakt worden (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let db: Database.Database;
  try {
    db = new Database(path.join(map, 'ketentest.db'), { timeout: 0 });
  } catch (e) {
    throw new OpslagFout(`de database in ${map} kan niet geopend worden (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    // Exclusive: the lock is taken by the first write below and held until the process ends.
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.exec('begin immediate; commit');
  } catch (e) {
    db.close();
    const code = (e as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new OpslagFout(`de datamap ${map} is in gebruik door een ander ketentest-proces; stop dat eerst of kies een andere --data`);
    }
    throw new OpslagFout(`de database in ${map} is niet bruikbaar (${code || (e as Error).message})`);
  }
  return db;
}
