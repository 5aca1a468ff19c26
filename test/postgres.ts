/**
 * PostgreSQL for the tests: the server in KETENTEST_PG_URL (`.ci/run` starts one with `.ci/postgres`). Each
 * test takes a fresh database of its own and drops it afterwards. Without a server the PostgreSQL tests
 * skip with a message, so `npm test` runs on a machine without one.
 */
import pg from 'pg';

export const PG_URL = process.env.KETENTEST_PG_URL;

/** Reason to skip a PostgreSQL test, or false when a server is configured. */
export const zonderPostgres: string | false = PG_URL ? false : 'geen PostgreSQL-server: zet KETENTEST_PG_URL (.ci/postgres start er een); PostgreSQL-test overgeslagen';

/** A new, empty database on the test server; `weg()` drops it. */
export async function verseDatabase(): Promise<{ url: string; weg: () => Promise<void> }> {
  const naam = `ketentest_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const beheer = new pg.Client({ connectionString: PG_URL });
  await beheer.connect();
  try {
    await beheer.query(`create database ${naam}`);
  } finally {
    await beheer.end();
  }
  const url = new URL(PG_URL!);
  url.pathname = `/${naam}`;
  return {
    url: url.toString(),
    weg: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`drop database if exists ${naam} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
