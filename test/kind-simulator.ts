/** A simulator for `test/kind.ts`: startSimulator with the options in argv[2] (JSON); prints its URL; SIGTERM stops it. */
import { startSimulator, type StartOpties } from '../simulator/dienst/starten';

async function main(): Promise<void> {
  const o = JSON.parse(process.argv[2] ?? '{}') as StartOpties;
  const sim = await startSimulator(o);
  console.log(`luistert op ${sim.url}`);
  process.once('SIGTERM', () => {
    void sim.stop().then(() => process.exit(0));
  });
}

main().catch((e: unknown) => {
  console.error((e as Error).stack ?? e);
  process.exit(1);
});
