/**
 * `ketentest stappen [--json]`: the step vocabulary for writing scenarios, read from the step
 * definitions themselves (steps/woordenschat.ts, steps/parameters.ts), so it cannot drift from what
 * runs: every sentence with its keyword, what it does and an example; every parameter type with what
 * it accepts and an example.
 */
import { PARAMETERTYPES } from '../../steps/parameters';
import { WOORDENSCHAT, type Zinsoort } from '../../steps/woordenschat';
import { leesArgumenten } from './argumenten';

const HULP = `Gebruik: ketentest stappen [--json]

Toont de woordenschat voor scenario's: elke zin (Gegeven, Als, Dan) met wat hij doet en een
voorbeeld, en de parametertypen ({datum}, {omvang}, …) met wat ze aannemen. Een .feature-bestand
met deze zinnen draait met 'ketentest run --features MAP'.`;

const TREFWOORD: Record<Zinsoort, string> = { opzet: 'Gegeven', handeling: 'Als', controle: 'Dan' };
const KOP: Record<Zinsoort, string> = {
  opzet: 'Gegeven: het scenario opzetten',
  handeling: 'Als: een stap van een partij (ketentest speelt haar, of het systeem onder test als het die rol heeft)',
  controle: 'Dan: een verwachting over de stap ervoor',
};

export interface Stapbeschrijving {
  trefwoord: string;
  zin: string;
  uitleg: string;
  voorbeeld: string;
  tabel?: string;
  tekst?: string;
}

export function woordenschat(): { zinnen: Stapbeschrijving[]; parametertypen: { naam: string; uitleg: string; voorbeeld: string }[] } {
  return {
    zinnen: WOORDENSCHAT.map((z) => ({
      trefwoord: TREFWOORD[z.soort],
      zin: z.patroon,
      uitleg: z.uitleg,
      voorbeeld: `${TREFWOORD[z.soort]} ${z.voorbeeld}`,
      ...(z.extra?.soort === 'tabel' && { tabel: z.extra.voorbeeld }),
      ...(z.extra?.soort === 'tekst' && { tekst: z.extra.voorbeeld }),
    })),
    parametertypen: PARAMETERTYPES.map((p) => ({ naam: `{${p.naam}}`, uitleg: p.uitleg, voorbeeld: p.voorbeeld })),
  };
}

export function stappenOpdracht(args: string[]): number {
  const { values } = leesArgumenten(args, { json: { type: 'boolean' } }, HULP, { positioneel: false });
  const w = woordenschat();
  if (values.json) {
    process.stdout.write(`${JSON.stringify(w, null, 2)}\n`);
    return 0;
  }
  const regels = ["Woordenschat voor scenario's (# language: nl). En en Maar herhalen het trefwoord ervoor.", ''];
  for (const soort of ['opzet', 'handeling', 'controle'] as const) {
    regels.push(KOP[soort]);
    for (const [i, z] of w.zinnen.entries()) {
      if (WOORDENSCHAT[i]!.soort !== soort) continue;
      regels.push(`  ${z.trefwoord} ${z.zin}`, `      ${z.uitleg}`, `      bijv.: ${z.voorbeeld}`);
      for (const r of (z.tabel ?? z.tekst ?? '').split('\n').filter(Boolean)) regels.push(`             ${r}`);
    }
    regels.push('');
  }
  regels.push('Parametertypen');
  for (const p of w.parametertypen) regels.push(`  ${p.naam.padEnd(16)} ${p.uitleg} (bijv. ${p.voorbeeld})`);
  regels.push('  {int}            een geheel getal (bijv. 1001)', '  {word}           een woord zonder spaties (bijv. VOT-1)');
  console.log(regels.join('\n'));
  return 0;
}
