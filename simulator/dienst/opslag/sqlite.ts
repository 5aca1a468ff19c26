/**
 * Durable storage of the simulator in an embedded SQLite database: sessions, the message log (in and
 * out, with processing and delivery state) and the state events from which the exchange state is
 * rebuilt after a restart. better-sqlite3 is synchronous, so a message is on disk before the
 * transport answers 202.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export type Richting = 'in' | 'uit';

/**
 * ontvangen: stored, not yet processed; verwerkt: processed (retour made or linked);
 * afgekeurd: refused (not XML, unknown type, or failing the schema).
 */
export type Verwerkingsstatus = 'ontvangen' | 'verwerkt' | 'afgekeurd';

/** Outbound only: wachtend (not yet delivered, retrying), afgeleverd, opgegeven (after the last attempt). */
export type Afleverstatus = 'wachtend' | 'afgeleverd' | 'opgegeven' | 'niet-van-toepassing';

export interface BerichtRij {
  id: string;
  sessie: string;
  volgnr: number;
  richting: Richting;
  transport: string;
  berichttype: string | null;
  bsn: string | null;
  identificatie: string | null;
  /** The message as text (decoded by its own encoding where it could be). */
  xml: string;
  /** The bytes as received, where they are not that text in UTF-8 (UTF-16, Latin-1, broken bytes): nothing is lost. */
  origineel: Buffer | null;
  status: Verwerkingsstatus;
  bevindingen: string | null;
  retourcodes: string | null;
  /** For a retourbericht: the id of the heenbericht it answers; for a heenbericht in: the id of our retour. */
  gerelateerd: string | null;
  afleverstatus: Afleverstatus;
  pogingen: number;
  laatste_fout: string | null;
  volgende_poging: number | null;
  tijdstip: string;
}

export interface SessieRij {
  id: string;
  token_hash: string | null;
  config: string;
  systeemdatum: string | null;
  aangemaakt: string;
}

export interface Gebeurtenis {
  sessie: string;
  volgnr: number;
  bericht: string;
  /** JSON: { "alles": true } | { "afgewezen": [paden] } | { "geen": true } */
  acceptatie: string;
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
  tijdstip text not null, origineel blob
);
create index if not exists berichten_sessie on berichten (sessie, volgnr);
create index if not exists berichten_identificatie on berichten (sessie, richting, identificatie);
create index if not exists berichten_wachtend on berichten (afleverstatus, volgende_poging);
create table if not exists gebeurtenissen (
  sessie text not null, volgnr integer not null, bericht text not null, acceptatie text not null,
  primary key (sessie, volgnr)
);
`;

export class Opslag {
  readonly db: Database.Database;

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
    // A log written before the column existed gains it (every row there was stored as UTF-8 text).
    const kolommen = this.db.prepare('pragma table_info(berichten)').all() as { name: string }[];
    if (!kolommen.some((k) => k.name === 'origineel')) this.db.exec('alter table berichten add column origineel blob');
  }

  sluit(): void {
    this.db.close();
  }

  // Sessions ------------------------------------------------------------------------------------

  bewaarSessie(s: SessieRij): void {
    this.db
      .prepare('insert into sessies (id, token_hash, config, systeemdatum, aangemaakt) values (@id, @token_hash, @config, @systeemdatum, @aangemaakt) on conflict(id) do update set config = excluded.config, token_hash = excluded.token_hash')
      .run(s);
  }

  sessies(): SessieRij[] {
    return this.db.prepare('select * from sessies order by aangemaakt').all() as SessieRij[];
  }

  zetSysteemdatum(sessie: string, datum: string | null): void {
    this.db.prepare('update sessies set systeemdatum = ? where id = ?').run(datum, sessie);
  }

  // Messages ------------------------------------------------------------------------------------

  volgendVolgnr(sessie: string): number {
    const r = this.db.prepare('select coalesce(max(volgnr), 0) + 1 as n from berichten where sessie = ?').get(sessie) as { n: number };
    return r.n;
  }

  voegToe(r: Omit<BerichtRij, 'volgnr' | 'origineel'> & { origineel?: Buffer | null }): BerichtRij {
    const rij = { ...r, origineel: r.origineel ?? null, volgnr: this.volgendVolgnr(r.sessie) };
    this.db
      .prepare(
        `insert into berichten (id, sessie, volgnr, richting, transport, berichttype, bsn, identificatie, xml, status, bevindingen,
          retourcodes, gerelateerd, afleverstatus, pogingen, laatste_fout, volgende_poging, tijdstip, origineel)
         values (@id, @sessie, @volgnr, @richting, @transport, @berichttype, @bsn, @identificatie, @xml, @status, @bevindingen,
          @retourcodes, @gerelateerd, @afleverstatus, @pogingen, @laatste_fout, @volgende_poging, @tijdstip, @origineel)`,
      )
      .run(rij);
    return rij;
  }

  bericht(id: string): BerichtRij | undefined {
    return this.db.prepare('select * from berichten where id = ?').get(id) as BerichtRij | undefined;
  }

  werkBij(id: string, velden: Partial<Omit<BerichtRij, 'id' | 'sessie' | 'volgnr'>>): void {
    const namen = Object.keys(velden);
    if (!namen.length) return;
    this.db.prepare(`update berichten set ${namen.map((n) => `${n} = @${n}`).join(', ')} where id = @id`).run({ ...velden, id });
  }

  berichten(sessie: string, filter: { berichttype?: string; richting?: string; bsn?: string; status?: string; vanaf?: number } = {}): BerichtRij[] {
    const waar = ['sessie = @sessie'];
    if (filter.berichttype) waar.push('berichttype = @berichttype');
    if (filter.richting) waar.push('richting = @richting');
    if (filter.bsn) waar.push('bsn = @bsn');
    if (filter.status) waar.push('status = @status');
    if (filter.vanaf !== undefined) waar.push('volgnr >= @vanaf');
    return this.db.prepare(`select * from berichten where ${waar.join(' and ')} order by volgnr`).all({ sessie, ...filter }) as BerichtRij[];
  }

  /** Our outbound heenbericht with this identification, to link a retourbericht to it. */
  uitgaandMetIdentificatie(sessie: string, identificatie: string): BerichtRij[] {
    return this.db.prepare("select * from berichten where sessie = ? and richting = 'uit' and identificatie = ? order by volgnr").all(sessie, identificatie) as BerichtRij[];
  }

  onverwerkt(sessie: string): BerichtRij[] {
    return this.db.prepare("select * from berichten where sessie = ? and richting = 'in' and status = 'ontvangen' order by volgnr").all(sessie) as BerichtRij[];
  }

  teVersturen(sessie: string): BerichtRij[] {
    return this.db.prepare("select * from berichten where sessie = ? and richting = 'uit' and afleverstatus = 'wachtend' order by volgnr").all(sessie) as BerichtRij[];
  }

  // State events --------------------------------------------------------------------------------

  voegGebeurtenisToe(sessie: string, bericht: string, acceptatie: object): void {
    const r = this.db.prepare('select coalesce(max(volgnr), 0) + 1 as n from gebeurtenissen where sessie = ?').get(sessie) as { n: number };
    this.db.prepare('insert into gebeurtenissen (sessie, volgnr, bericht, acceptatie) values (?, ?, ?, ?)').run(sessie, r.n, bericht, JSON.stringify(acceptatie));
  }

  gebeurtenissen(sessie: string): Gebeurtenis[] {
    return this.db.prepare('select * from gebeurtenissen where sessie = ? order by volgnr').all(sessie) as Gebeurtenis[];
  }

  /** Forgets a session's messages and state (POST /reset); the session itself stays. */
  wis(sessie: string): void {
    this.db.transaction(() => {
      this.db.prepare('delete from berichten where sessie = ?').run(sessie);
      this.db.prepare('delete from gebeurtenissen where sessie = ?').run(sessie);
      this.db.prepare('update sessies set systeemdatum = null where id = ?').run(sessie);
    })();
  }

  transactie<T>(f: () => T): T {
    return this.db.transaction(f)();
  }
}
