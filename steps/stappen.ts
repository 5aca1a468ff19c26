/**
 * The step library of the conformance suite. Steps state facts in the domain's words: a case, a step
 * of it, and what must follow. Which check a sentence stands for comes from the casuïstiek
 * (scenarios/verwachtingen.ts), the same source the feature files are written from.
 */
import { Given, setDefaultTimeout, Then, When } from '@cucumber/cucumber';
import type { Rol, Domein } from '../simulator/standaard/woorden';
import type { KetentestWereld } from './wereld';

setDefaultTimeout(Number(process.env.KETENTEST_STAPTIMEOUT_MS ?? 120_000));

Given('casus {string} in het domein {word} met als systeem onder test de {word}', async function (this: KetentestWereld, id: string, domein: string, rol: string) {
  await this.begin(id, domein as Domein, rol as Rol);
});

When(/^stap (\d+): (.+)$/, async function (this: KetentestWereld, n: string, tekst: string) {
  await this.stap(Number(n), tekst);
});

Then(/^(?!stap \d+: |casus ")(.+)$/, function (this: KetentestWereld, tekst: string) {
  this.verwacht(tekst);
});
