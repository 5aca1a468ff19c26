/** `npm run bench`: every benchmark of the project, printed as one report. */
import { benchRegels } from './regels';
import { benchValidatie } from './validatie';

function main(): void {
  const regels = [`ketentest benchmark (${new Date().toISOString().slice(0, 10)}, node ${process.version})`, '', ...benchValidatie(), '', ...benchRegels()];
  console.log(regels.join('\n'));
}

main();
