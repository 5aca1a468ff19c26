/** `npm run bench`: every benchmark of the project, printed as one report. */
import { vandaag } from '../simulator/standaard/berichten/datum';
import { benchRegels } from './regels';
import { benchValidatie } from './validatie';

function main(): void {
  const regels = [`ketentest benchmark (${vandaag()}, node ${process.version})`, '', ...benchValidatie(), '', ...benchRegels()];
  console.log(regels.join('\n'));
}

main();
