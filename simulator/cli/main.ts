/**
 * `ketentest <opdracht>`: the command-line entry. Each command lives in its own module and returns
 * its exit code; usage errors exit with 2 and a Dutch explanation.
 */
import { StartFout } from '../dienst/starten';
import { isDatum } from '../standaard/berichten/datum';
import { Gebruiksfout, Hulp } from './argumenten';
import { vergelijkOpdracht } from './bewijs/vergelijk';
import { verklaringOpdracht } from './bewijs/verklaring';
import { casuistiekOpdracht } from './casuistiek';
import { certificatenOpdracht } from './certificaten';
import { mutatietestOpdracht } from './mutatietest';
import { regelsOpdracht } from './regels';
import { runOpdracht } from './run';
import { simulatorOpdracht } from './simulator';
import { stappenOpdracht } from './stappen';
import { valideerOpdracht } from './valideer';

type Opdracht = (args: string[]) => Promise<number> | number;

const OPDRACHTEN: Readonly<Record<string, { uitleg: string; run: Opdracht }>> = {
  valideer: { uitleg: 'valideer berichten tegen het berichtschema en de regels van iWmo/iJw 3.2', run: valideerOpdracht },
  regels: { uitleg: 'toon alle regels (TR, CD, CS) die ketentest controleert', run: regelsOpdracht },
  casuistiek: { uitleg: "toon de casuïstiek van een domein met de scenario's die haar uitvoeren", run: casuistiekOpdracht },
  run: { uitleg: 'draai de conformance-suite (standaard tegen de referentie-implementatie)', run: runOpdracht },
  stappen: { uitleg: "toon de woordenschat voor eigen scenario's: zinnen en parametertypen", run: stappenOpdracht },
  verklaring: { uitleg: 'maak de conformiteitsverklaring van een run, of controleer een berichtenlog ertegen', run: verklaringOpdracht },
  vergelijk: { uitleg: 'vergelijk twee runs: wat faalt nu dat eerst slaagde (exitcode 1), en omgekeerd', run: vergelijkOpdracht },
  mutatietest: { uitleg: 'bewijs de suite: draai haar tegen elke bekende fout van de referentie-implementatie', run: mutatietestOpdracht },
  simulator: { uitleg: 'start een gesimuleerde gemeente of aanbieder (HTTP, StUF-GGk, VSP en/of bestanden)', run: simulatorOpdracht },
  certificaten: { uitleg: 'maak een test-CA met server- en clientcertificaat voor wederzijdse TLS', run: certificatenOpdracht },
};
/** The column of the explanations: two spaces past the longest command name. */
const BREEDTE = Math.max(...Object.keys(OPDRACHTEN).map((n) => n.length)) + 2;

export const HULP = `ketentest: conformance-tests en simulator voor iWmo 3.2 en iJw 3.2

Gebruik: ketentest <opdracht> [opties]

Opdrachten:
${Object.entries(OPDRACHTEN)
  .map(([n, o]) => `  ${n.padEnd(BREEDTE)}${o.uitleg}`)
  .join('\n')}

'ketentest <opdracht> --help' toont de opties van een opdracht.`;

export async function main(argv: string[]): Promise<number> {
  const [naam, ...rest] = argv;
  if (!naam || naam === '--help' || naam === '-h' || naam === 'help') {
    console.log(HULP);
    return naam ? 0 : 2;
  }
  const opdracht = OPDRACHTEN[naam];
  if (!opdracht) {
    console.error(`ketentest: onbekende opdracht '${naam}'\n\n${HULP}`);
    return 2;
  }
  const vandaag = process.env.KETENTEST_VANDAAG;
  if (vandaag && !isDatum(vandaag)) {
    console.error(`ketentest: KETENTEST_VANDAAG moet een bestaande datum JJJJ-MM-DD zijn, niet '${vandaag}'`);
    return 2;
  }
  try {
    return await opdracht.run(rest);
  } catch (e) {
    if (e instanceof Hulp) {
      console.log(e.message);
      return 0;
    }
    // What the user caused and can remedy (a usage error, a port in use, a --data in use or unreadable): one line, exit 2.
    if (e instanceof Gebruiksfout || e instanceof StartFout) {
      console.error(`ketentest ${naam}: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(`ketentest: interne fout: ${(e as Error)?.stack ?? e}`);
      process.exitCode = 70;
    },
  );
}
