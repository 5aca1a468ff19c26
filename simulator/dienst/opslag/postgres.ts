/**
 * The store in PostgreSQL (`Opslag`, see `contract.ts`), for a hosted deployment: several simulator
 * processes behind a load balancer on one database serve the same sessions.
 *
 * How the guarantees hold across processes:
 * - receiving is one statement that takes the session's next place in the log (a counter in the
 *   session's row, so places are handed out in commit order) and inserts the message; it resolves
 *   once committed (synchronous_commit: on the server's disk);
 * - a session's turn is a transaction that first takes a transaction-scoped advisory lock on the
 *   session (`pg_advisory_xact_lock`): turns of one session wait for each other in every process, and
 *   the lock ends with the transaction, also when the process dies;
 * - delivery leases the oldest waiting message (`bezet_tot`) in one statement that locks that row
 *   only if it is free (`FOR UPDATE SKIP LOCKED` on the head alone, never the next message: the order
 *   holds); a lease a dead process left runs out and another process takes the message over.
 */
import pg from 'pg';
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
import { alsJson, gebeurtenisNaar, gebeurtenisUit, INDEXEN, INVOEG_KOLOMMEN, type Kolommen, KOP_KOLOMMEN, naarKolommen, uitRij, uitSessie, wijziging } from './kolommen';

export function isPostgresUrl(data: string): boolean {
  return /^postgres(ql)?:\/\//i.test(data);
}

/** Advisory locks of ketentest: (namespace, hashtext(session)). */
const SLOT_SESSIE = 1_262_701;
const SLOT_SCHEMA = 1_262_702;

/** bigint (int8) and count(*) as numbers: our values (times in ms, counters) stay far below 2^53. */
const TYPEN = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20 ? (w: string) => Number(w) : (pg.types.getTypeParser as (o: number, f?: string) => unknown)(oid, format)) as typeof pg.types.getTypeParser,
};

const SCHEMA = `
create table if not exists sessies (
  id text primary key, token_hash text, config text not null, systeemdatum text, aangemaakt text not null,
  versie integer not null default 1, volgnr integer not null default 0
);
create table if not exists berichten (
  id text primary key, sessie text not null, volgnr integer not null, richting text not null, transport text not null,
  berichttype text, bsn text, identificatie text, status text not null,
  bevindingen text, retourcodes text, gerelateerd text,
  afleverstatus text not null, pogingen integer not null default 0, laatste_fout text, volgende_poging bigint,
  tijdstip text not null, envelop text, sleutel text, bezet_tot bigint, xml text not null, origineel bytea
);
create table if not exists gebeurtenissen (
  sessie text not null, volgnr integer not null, bericht text not null, acceptatie text not null,
  primary key (sessie, volgnr)
);
create unique index if not exists berichten_volgnr on berichten (sessie, volgnr);
create index if not exists berichten_referentie on berichten (sessie, transport, (envelop::json ->> 'referentie'));
`;

/** A message's transport reference, as the index on it has it (`Berichtfilter.referentie`). */
const REFERENTIE = "(envelop::json ->> 'referentie')";

/** One statement: the session's next place in the log and the message at it. */
const INVOEGEN = `
with plek as (update sessies set volgnr = volgnr + 1 where id = $2 returning volgnr)
insert into berichten (volgnr, ${INVOEG_KOLOMMEN.join(', ')})
select plek.volgnr, ${INVOEG_KOLOMMEN.map((_, i) => `$${i + 1}`).join(', ')} from plek
returning volgnr`;

function invoegWaarden(r: NieuwBericht): unknown[] {
  const v: Record<string, unknown> = naarKolommen(r);
  return INVOEG_KOLOMMEN.map((k) => v[k] ?? null);
}

type Vrager = Pick<pg.PoolClient, 'query'>;

export class PostgresOpslag implements Opslag {
  readonly gedeeld = true;

  private constructor(
    private readonly pool: pg.Pool,
    readonly naam: string,
  ) {}

  /** Connects and creates the tables when they are not there yet (one process at a time). */
  static async open(url: string): Promise<PostgresOpslag> {
    let waar: string;
    try {
      const u = new URL(url);
      waar = `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
    } catch {
      throw new OpslagFout(`'${url.replace(/\/\/[^@/]*@/, '//…@')}' is geen bruikbare PostgreSQL-URL`);
    }
    const pool = new pg.Pool({ connectionString: url, max: 20, types: TYPEN, connectionTimeoutMillis: 10_000 });
    // An idle connection the server drops must not end the process; the next query opens a new one.
    pool.on('error', () => undefined);
    const opslag = new PostgresOpslag(pool, `PostgreSQL op ${waar}`);
    try {
      const c = await pool.connect();
      try {
        await c.query('select pg_advisory_lock($1)', [SLOT_SCHEMA]);
        await c.query(SCHEMA);
        await c.query(INDEXEN);
      } finally {
        await c.query('select pg_advisory_unlock($1)', [SLOT_SCHEMA]).catch(() => undefined);
        c.release();
      }
    } catch (e) {
      await pool.end().catch(() => undefined);
      const code = (e as { code?: string }).code;
      throw new OpslagFout(`PostgreSQL op ${waar} is niet bruikbaar (${code ? `${code}: ` : ''}${(e as Error).message})`);
    }
    return opslag;
  }

  async sluit(): Promise<void> {
    await this.pool.end();
  }

  private async rijen(v: Vrager, sql: string, p: unknown[]): Promise<BerichtRij[]> {
    return (await v.query(sql, p)).rows.map((k: Kolommen) => uitRij(k) as BerichtRij);
  }

  // Sessions ------------------------------------------------------------------------------------

  async bewaarSessie(s: Omit<SessieRij, 'versie'>): Promise<void> {
    await this.pool.query(
      `insert into sessies (id, token_hash, config, systeemdatum, aangemaakt) values ($1, $2, $3, $4, $5)
       on conflict (id) do update set token_hash = excluded.token_hash, config = excluded.config,
         versie = sessies.versie + (case when sessies.config = excluded.config then 0 else 1 end)`,
      [s.id, s.token_hash, JSON.stringify(s.config), s.systeemdatum, s.aangemaakt],
    );
  }

  async sessies(): Promise<OpgeslagenSessie[]> {
    return (await this.pool.query('select id, token_hash, config, systeemdatum, aangemaakt, versie from sessies order by aangemaakt')).rows.map(uitSessie);
  }

  async sessie(id: string): Promise<OpgeslagenSessie | undefined> {
    return this.sessieVia(this.pool, id);
  }

  private async sessieVia(v: Vrager, id: string): Promise<OpgeslagenSessie | undefined> {
    const r = await v.query('select id, token_hash, config, systeemdatum, aangemaakt, versie from sessies where id = $1', [id]);
    return r.rows[0] ? uitSessie(r.rows[0]) : undefined;
  }

  async zetSysteemdatum(sessie: string, datum: string | null): Promise<void> {
    await this.pool.query('update sessies set systeemdatum = $1 where id = $2', [datum, sessie]);
  }

  // Messages ------------------------------------------------------------------------------------

  private async voegIn(v: Vrager, r: NieuwBericht): Promise<BerichtRij> {
    const res = await v.query(INVOEGEN, invoegWaarden(r));
    if (!res.rows[0]) throw new Error(`sessie ${r.sessie} bestaat niet`);
    return { ...r, origineel: r.origineel ?? null, sleutel: r.sleutel ?? null, volgnr: res.rows[0].volgnr as number };
  }

  ontvang(r: NieuwBericht): Promise<BerichtRij> {
    return this.voegIn(this.pool, r);
  }

  async bericht(id: string): Promise<BerichtRij | undefined> {
    return (await this.rijen(this.pool, 'select * from berichten where id = $1', [id]))[0];
  }

  async berichten(sessie: string, filter: Berichtfilter, pagina: Pagina): Promise<Logregel[]> {
    const p: unknown[] = [sessie];
    const waar = ['sessie = $1'];
    const voeg = (kolom: string, w: unknown, op = '=') => {
      p.push(w);
      waar.push(`${kolom} ${op} $${p.length}`);
    };
    if (filter.berichttype) voeg('berichttype', filter.berichttype);
    if (filter.richting) voeg('richting', filter.richting);
    if (filter.bsn) voeg('bsn', filter.bsn);
    if (filter.status) voeg('status', filter.status);
    if (filter.afleverstatus) voeg('afleverstatus', filter.afleverstatus);
    if (filter.transport) voeg('transport', filter.transport);
    if (filter.referentie) voeg(REFERENTIE, filter.referentie);
    if (filter.vanaf !== undefined) voeg('volgnr', filter.vanaf, '>=');
    p.push(pagina.limiet);
    const r = await this.pool.query(`select ${KOP_KOLOMMEN.join(', ')} from berichten where ${waar.join(' and ')} order by volgnr limit $${p.length}`, p);
    return r.rows.map((k: Kolommen) => uitRij(k) as Logregel);
  }

  async wachtend(sessie: string): Promise<number> {
    return (await this.pool.query("select count(*) as n from berichten where sessie = $1 and afleverstatus = 'wachtend'", [sessie])).rows[0].n as number;
  }

  // Delivery ------------------------------------------------------------------------------------

  async neemAflevering(sessie: string, leaseMs: number): Promise<Aflevertaak> {
    const nu = Date.now();
    const genomen = await this.rijen(
      this.pool,
      // The conditions are checked again on the row as it is once locked (another process may just have
      // delivered it): afleverstatus too, not only in the subquery that found the head.
      `with kop as (
         select id from berichten
         where id = (select id from berichten where sessie = $1 and afleverstatus = 'wachtend' order by volgnr limit 1)
           and afleverstatus = 'wachtend' and coalesce(volgende_poging, 0) <= $2 and coalesce(bezet_tot, 0) <= $2
         for update skip locked
       )
       update berichten b set bezet_tot = $3 from kop where b.id = kop.id and b.afleverstatus = 'wachtend' returning b.*`,
      [sessie, nu, nu + leaseMs],
    );
    if (genomen[0]) return { soort: 'bericht', rij: genomen[0] };
    const kop = await this.pool.query("select volgende_poging, bezet_tot from berichten where sessie = $1 and afleverstatus = 'wachtend' order by volgnr limit 1", [sessie]);
    const k = kop.rows[0] as { volgende_poging: number | null; bezet_tot: number | null } | undefined;
    if (!k) return { soort: 'leeg' };
    // Not due, leased elsewhere, or locked for a moment by a turn: try again then.
    return { soort: 'later', om: Math.max(k.volgende_poging ?? 0, k.bezet_tot ?? 0, nu + 200) };
  }

  async legAfleveringVast(id: string, v: Pick<BerichtRij, 'afleverstatus' | 'pogingen' | 'laatste_fout' | 'volgende_poging' | 'envelop'>): Promise<void> {
    await this.pool.query('update berichten set afleverstatus = $2, pogingen = $3, laatste_fout = $4, volgende_poging = $5, envelop = $6, bezet_tot = null where id = $1', [
      id,
      v.afleverstatus,
      v.pogingen,
      v.laatste_fout,
      v.volgende_poging,
      alsJson(v.envelop),
    ]);
  }

  klaargezet(sessie: string, transport: string, max: number): Promise<BerichtRij[]> {
    return this.rijen(this.pool, "select * from berichten where sessie = $1 and afleverstatus = 'klaargezet' and transport = $2 order by volgnr limit $3", [
      sessie,
      transport,
      max,
    ]);
  }

  async bevestig(sessie: string, id: string): Promise<boolean> {
    const r = await this.pool.query("update berichten set afleverstatus = 'afgeleverd' where id = $1 and sessie = $2 and afleverstatus = 'klaargezet'", [id, sessie]);
    return r.rowCount === 1;
  }

  async werkvoorraad(): Promise<Werkvoorraad> {
    const nu = Date.now();
    const [v, b] = await Promise.all([
      this.pool.query("select distinct sessie from berichten where status = 'ontvangen'"),
      this.pool.query("select distinct sessie from berichten where afleverstatus = 'wachtend' and coalesce(volgende_poging, 0) <= $1 and coalesce(bezet_tot, 0) <= $1", [nu]),
    ]);
    return { verwerken: v.rows.map((r) => r.sessie as string), bezorgen: b.rows.map((r) => r.sessie as string) };
  }

  // A session's turn ----------------------------------------------------------------------------

  async beurt<T>(sessie: string, f: (b: Beurt) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    let kapot: Error | undefined;
    try {
      await c.query('begin');
      await c.query('select pg_advisory_xact_lock($1, hashtext($2))', [SLOT_SESSIE, sessie]);
      const r = await f(this.beurtVan(c, sessie));
      await c.query('commit');
      return r;
    } catch (e) {
      await c.query('rollback').catch((fout: Error) => {
        kapot = fout; // the connection is gone: not back into the pool
      });
      throw e;
    } finally {
      c.release(kapot);
    }
  }

  private beurtVan(c: pg.PoolClient, sessie: string): Beurt {
    return {
      sessie: () => this.sessieVia(c, sessie),
      gebeurtenissen: async (na) => {
        const r = await c.query(
          `select g.volgnr, g.bericht, g.acceptatie, b.xml, b.origineel from gebeurtenissen g join berichten b on b.id = g.bericht
           where g.sessie = $1 and g.volgnr > $2 order by g.volgnr`,
          [sessie, na],
        );
        return r.rows.map(({ acceptatie, ...k }): GebeurtenisRij => ({ ...(k as Omit<GebeurtenisRij, 'gebeurtenis'>), gebeurtenis: gebeurtenisUit(acceptatie as string) }));
      },
      onverwerkt: (max) => this.rijen(c, "select * from berichten where sessie = $1 and status = 'ontvangen' order by volgnr limit $2", [sessie, max]),
      bericht: async (id) => (await this.rijen(c, 'select * from berichten where id = $1 and sessie = $2', [id, sessie]))[0],
      uitgaandMetIdentificatie: (identificatie) =>
        this.rijen(c, "select * from berichten where sessie = $1 and richting = 'uit' and identificatie = $2 order by volgnr", [sessie, identificatie]),
      laatsteOntvangen: async (berichttype: Berichttype, sleutel: string) =>
        (
          await this.rijen(c, "select * from berichten where sessie = $1 and berichttype = $2 and sleutel = $3 and richting = 'in' order by volgnr desc limit 1", [
            sessie,
            berichttype,
            sleutel,
          ])
        )[0],
      voegToe: (r) => this.voegIn(c, { ...r, sessie }),
      werkBij: async (id, velden: Berichtwijziging) => {
        const { namen, waarden } = wijziging(velden);
        if (!namen.length) return;
        await c.query(`update berichten set ${namen.map((n, i) => `${n} = $${i + 3}`).join(', ')} where id = $1 and sessie = $2`, [id, sessie, ...waarden]);
      },

      voegGebeurtenisToe: async (volgnr, bericht, g) => {
        await c.query('insert into gebeurtenissen (sessie, volgnr, bericht, acceptatie) values ($1, $2, $3, $4)', [sessie, volgnr, bericht, gebeurtenisNaar(g)]);
      },
      bewaarConfig: async (config: SessieConfig) => {
        await c.query('update sessies set config = $2, versie = versie + 1 where id = $1', [sessie, JSON.stringify(config)]);
      },
      wis: async () => {
        await c.query('delete from berichten where sessie = $1', [sessie]);
        await c.query('delete from gebeurtenissen where sessie = $1', [sessie]);
        await c.query('update sessies set systeemdatum = null, versie = versie + 1 where id = $1', [sessie]);
      },
    };
  }
}
