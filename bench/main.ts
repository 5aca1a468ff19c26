/** `npm run bench`: every benchmark of the project, printed as one report. */
import { vandaag } from '../simulator/standaard/berichten/datum';
import { benchLast } from './last';
import { benchRegels } from './regels';
import { benchValidatie } from './validatie';

async function main(): Promise<void> {
  console.log([`ketentest benchmark (${vandaag()}, node ${process.version})`, '', ...benchValidatie(), '', ...benchRegels(), ''].join('\n'));
  console.log((await benchLast()).join('\n'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
