/**
 * The simulator's store (`Opslag`, see `contract.ts`) in an embedded SQLite database: sessions, the
 * message log and the state events. better-sqlite3 is synchronous, so a message is on disk before the
 * transport answers 202. The JSON columns (envelope, findings, retourcodes, configuration, event) are
 * text here and typed values at the interface.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Bevinding } from '../../standaard/berichten/validator';
import type { Retourcode } from '../../standaard/regels/beoordeling';
import type { Envelop } from '../transport/contract';
import type { SessieConfig } from '../sessieconfig';
import type { Afleverstatus, BerichtRij, Berichtfilter, GebeurtenisRij, Opslag, SessieRij } from './contract';
import type { Gebeurtenis } from '../../standaard/toestand/toestand';

/** A message row as SQLite holds it: the JSON columns as text. */
type Kolommen = Omit<BerichtRij, 'envelop' | 'bevindingen' | 'retourcodes'> & { envelop: string | null; bevindingen: string | null; retourcodes: string | null };

function uitRij(k: Kolommen): BerichtRij {
  return {
    ...k,
    envelop: k.envelop ? (JSON.parse(k.envelop) as Envelop) : { transport: k.transport },
    bevindingen: k.bevindingen ? (JSON.parse(k.bevindingen) as Bevinding[]) : null,
    retourcodes: k.retourcodes ? (JSON.parse(k.retourcodes) as Retourcode[]) : null,
  };
}

function naarKolommen<T extends Partial<BerichtRij>>(r: T) {
  const json = (w: unknown) => (w === null ? null : JSON.stringify(w));
  return {
    ...r,
    ...('envelop' in r && { envelop: json(r.envelop) }),
    ...('bevindingen' in r && { bevindingen: json(r.bevindingen) }),
    ...('retourcodes' in r && { retourcodes: json(r.retourcodes) }),
  };
}

const SCHEMA = `
create table if not exists sessies (
  id text primary key, token_hash text, config text not null, systeemdatum text, aangemaakt text not null
);
create table if not exists berichten (
  id text primary key, sessie text not null, volgnr integer not null, richting text not null, transport text not null,
  berichttype text, bsn text, identificatie text, xml text not null, status text not null,
  bevindingen text, retourcodes text, gerelateerd text,
  afleverstatus text not null, pogingen integer not null default 0, laatste_fout text, volgende_poging integer,
  tijdstip text not null, origineel blob, envelop text
);
create index if not exists berichten_sessie on berichten (sessie, volgnr);
create index if not exists berichten_identificatie on berichten (sessie, richting, identificatie);
create index if not exists berichten_wachtend on berichten (afleverstatus, volgende_poging);
create table if not exists gebeurtenissen (
  sessie text not null, volgnr integer not null, bericht text not null, acceptatie text not null,
  primary key (sessie, volgnr)
);
`;

/** The store in an embedded SQLite database (a file under --data, or ':memory:'). */
export class SqliteOpslag implements Opslag {
  private readonly db: Database.Database;

  constructor(map: string | ':memory:') {
    if (map === ':memory:') {
      this.db = new Database(':memory:');
    } else {
      mkdirSync(map, { recursive: true });
      this.db = new Database(path.join(map, 'ketentest.db'));
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.exec(SCHEMA);
    // A log written before a column existed gains it (every row there was stored as UTF-8 text, without an envelope).
    const kolommen = this.db.prepare('pragma table_info(berichten)').all() as { name: string }[];
    if (!kolommen.some((k) => k.name === 'origineel')) this.db.exec('alter table berichten add column origineel blob');
    if (!kolommen.some((k) => k.name === 'envelop')) this.db.exec('alter table berichten add column envelop text');
  }

  sluit(): void {
    this.db.close();
  }

  // Sessions ------------------------------------------------------------------------------------

  bewaarSessie(s: SessieRij): void {
    this.db
      .prepare(
        'insert into sessies (id, token_hash, config, systeemdatum, aangemaakt) values (@id, @token_hash, @config, @systeemdatum, @aangemaakt) on conflict(id) do update set config = excluded.config, token_hash = excluded.token_hash',
      )
      .run({ ...s, config: JSON.stringify(s.config) });
  }

  sessies(): SessieRij[] {
    return (this.db.prepare('select * from sessies order by aangemaakt').all() as (Omit<SessieRij, 'config'> & { config: string })[]).map((s) => ({
      ...s,
      config: JSON.parse(s.config) as SessieConfig,
    }));
  }

  zetSysteemdatum(sessie: string, datum: string | null): void {
    this.db.prepare('update sessies set systeemdatum = ? where id = ?').run(datum, sessie);
  }

  // Messages ------------------------------------------------------------------------------------

  private volgendVolgnr(sessie: string): number {
    const r = this.db.prepare('select coalesce(max(volgnr), 0) + 1 as n from berichten where sessie = ?').get(sessie) as { n: number };
    return r.n;
  }

  voegToe(r: Omit<BerichtRij, 'volgnr' | 'origineel'> & { origineel?: Buffer | null }): BerichtRij {
    const rij: BerichtRij = { ...r, origineel: r.origineel ?? null, volgnr: this.volgendVolgnr(r.sessie) };
    this.db
      .prepare(
        `insert into berichten (id, sessie, volgnr, richting, transport, berichttype, bsn, identificatie, xml, status, bevindingen,
          retourcodes, gerelateerd, afleverstatus, pogingen, laatste_fout, volgende_poging, tijdstip, origineel, envelop)
         values (@id, @sessie, @volgnr, @richting, @transport, @berichttype, @bsn, @identificatie, @xml, @status, @bevindingen,
          @retourcodes, @gerelateerd, @afleverstatus, @pogingen, @laatste_fout, @volgende_poging, @tijdstip, @origineel, @envelop)`,
      )
      .run(naarKolommen(rij));
    return rij;
  }

  bericht(id: string): BerichtRij | undefined {
    const k = this.db.prepare('select * from berichten where id = ?').get(id) as Kolommen | undefined;
    return k && uitRij(k);
  }

  werkBij(id: string, velden: Partial<Omit<BerichtRij, 'id' | 'sessie' | 'volgnr'>>): void {
    const namen = Object.keys(velden);
    if (!namen.length) return;
    this.db.prepare(`update berichten set ${namen.map((n) => `${n} = @${n}`).join(', ')} where id = @id`).run({ ...naarKolommen(velden), id });
  }

  private rijen(sql: string, ...parameters: unknown[]): BerichtRij[] {
    return (this.db.prepare(sql).all(...parameters) as Kolommen[]).map(uitRij);
  }

  berichten(sessie: string, filter: Berichtfilter = {}): BerichtRij[] {
    const waar = ['sessie = @sessie'];
    if (filter.berichttype) waar.push('berichttype = @berichttype');
    if (filter.richting) waar.push('richting = @richting');
    if (filter.bsn) waar.push('bsn = @bsn');
    if (filter.status) waar.push('status = @status');
    if (filter.vanaf !== undefined) waar.push('volgnr >= @vanaf');
    return this.rijen(`select * from berichten where ${waar.join(' and ')} order by volgnr`, { sessie, ...filter });
  }

  uitgaandMetIdentificatie(sessie: string, identificatie: string): BerichtRij[] {
    return this.rijen("select * from berichten where sessie = ? and richting = 'uit' and identificatie = ? order by volgnr", sessie, identificatie);
  }

  onverwerkt(sessie: string): BerichtRij[] {
    return this.rijen("select * from berichten where sessie = ? and richting = 'in' and status = 'ontvangen' order by volgnr", sessie);
  }

  metAfleverstatus(sessie: string, status: Afleverstatus): BerichtRij[] {
    return this.rijen("select * from berichten where sessie = ? and richting = 'uit' and afleverstatus = ? order by volgnr", sessie, status);
  }

  // State events --------------------------------------------------------------------------------

  voegGebeurtenisToe(sessie: string, bericht: string, g: Gebeurtenis): void {
    const r = this.db.prepare('select coalesce(max(volgnr), 0) + 1 as n from gebeurtenissen where sessie = ?').get(sessie) as { n: number };
    // The column keeps its historical shape: the acceptance with the kind of event beside it.
    this.db
      .prepare('insert into gebeurtenissen (sessie, volgnr, bericht, acceptatie) values (?, ?, ?, ?)')
      .run(sessie, r.n, bericht, JSON.stringify({ soort: g.soort, ...g.acceptatie }));
  }

  gebeurtenissen(sessie: string): GebeurtenisRij[] {
    const rijen = this.db.prepare('select * from gebeurtenissen where sessie = ? order by volgnr').all(sessie) as {
      sessie: string;
      volgnr: number;
      bericht: string;
      acceptatie: string;
    }[];
    return rijen.map(({ acceptatie, ...r }) => {
      const { soort, ...a } = JSON.parse(acceptatie) as { soort: Gebeurtenis['soort'] } & Gebeurtenis['acceptatie'];
      return { ...r, gebeurtenis: { soort, acceptatie: a } };
    });
  }

  /** Forgets a session's messages and state (POST /reset); the session itself stays. */
  wis(sessie: string): void {
    this.db.transaction(() => {
      this.db.prepare('delete from berichten where sessie = ?').run(sessie);
      this.db.prepare('delete from gebeurtenissen where sessie = ?').run(sessie);
      this.db.prepare('update sessies set systeemdatum = null where id = ?').run(sessie);
    })();
  }
}
