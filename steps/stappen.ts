/**
 * The Cucumber step definitions: one per sentence of the vocabulary (steps/woordenschat.ts), with
 * its parameter types (steps/parameters.ts). A Gegeven sentence sets the scenario up, an Als sentence
 * takes a step of a party and waits for what follows, a Dan sentence checks one expectation. The
 * work is the world's (steps/wereld.ts).
 */
import { Before, defineParameterType, Given, setDefaultTimeout, Then, When, type DataTable } from '@cucumber/cucumber';
import { alsPickelstap } from './features';
import { PARAMETERTYPES } from './parameters';
import type { KetentestWereld } from './wereld';
import { WOORDENSCHAT, type Extra } from './woordenschat';

setDefaultTimeout(Number(process.env.KETENTEST_STAPTIMEOUT_MS ?? 120_000));

for (const p of PARAMETERTYPES) defineParameterType({ name: p.naam, regexp: p.regexp, transformer: (t: string) => p.lees(t), useForSnippets: false });

const DEFINITIE = { opzet: Given, handeling: When, controle: Then } as const;

for (const zin of WOORDENSCHAT) {
  const aantal = (zin.patroon.match(/\{[^}]*\}/g) ?? []).length + (zin.extra ? 1 : 0);
  const uitvoeren = async function (this: KetentestWereld, ...alle: unknown[]) {
    // Cucumber adds a callback after the arguments; this function answers with a promise.
    const args = alle.filter((a) => typeof a !== 'function');
    const laatste = args.at(-1);
    const extra: Extra | undefined = zin.extra ? (typeof laatste === 'string' ? laatste : (laatste as DataTable).raw()) : undefined;
    await this.zin(zin, zin.extra ? args.slice(0, -1) : args, extra);
  };
  // Cucumber checks a step function's arity against its expression.
  Object.defineProperty(uitvoeren, 'length', { value: aantal });
  DEFINITIE[zin.soort](zin.patroon, uitvoeren);
}

Before(function (this: KetentestWereld, { pickle, gherkinDocument }) {
  this.lees(
    pickle.name,
    pickle.tags.map((t) => t.name),
    pickle.steps.map(alsPickelstap),
    gherkinDocument.feature?.name ?? '',
  );
});
