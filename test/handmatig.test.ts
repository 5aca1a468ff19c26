/**
 * `ketentest run --handmatig`: a tester takes the steps of the system under test from the
 * instructions the suite writes and says when each is done. This test is that tester: it reads only
 * the instruction text (no JSON), enters what it says in a separately started reference (through its
 * /acties, as a user would through the screens of a product), says "gedaan" — through the live view's
 * API that its button uses, or with Enter in the terminal — and the cases complete. Every date in a
 * step's sentence is a date of its instruction: what the tester reads and what the system must do are
 * one step. Nobody saying "gedaan" fails the step after the run's timeout; nobody attached at all
 * (no terminal, no view) leaves the suite waiting for the message only, as before.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import type { Domein } from '../simulator/standaard/woorden';
import type { Rol } from '../simulator/standaard/woorden';
import { draaiSuite } from '../simulator/cli/run';
import { Liveweergave } from '../simulator/cli/live/liveweergave';
import { instructies, openInstructies, wachtOpGedaan, type Instructie } from '../scenarios/handmatig';
import { terminalTester } from '../simulator/cli/live/terminal';
import { PROJECT } from './bronnen';
import { doe, handmatigeRun, startSut } from './tester';

describe('de suite met een tester (--handmatig)', () => {
  const gevallen: [Rol, Domein, string, 'knop' | 'terminal'][] = [
    ['gemeente', 'jw', '@casus-1 or @vot-toewijzen-na-onderzoek or @vow-direct-toewijzen', 'knop'],
    ['aanbieder', 'wmo', '@casus-4 or @vow-direct-toewijzen or @declareren-credit', 'terminal'],
  ];
  for (const [rol, domein, tags, hoe] of gevallen) {
    it(`systeem onder test ${rol} (${domein}), gedaan met ${hoe === 'knop' ? 'de knop (POST …/gedaan)' : 'Enter in de terminal'}: ${tags}`, async () => {
      const systeem = await startSut(rol, domein, mkdtempSync(path.join(os.tmpdir(), 'ketentest-handmatig-')));
      const { sut } = systeem;
      const terminal = new PassThrough();
      const live = await Liveweergave.start({ poort: 0, ...(hoe === 'terminal' && { invoer: terminal }) });
      const gelezen: Instructie[] = [];
      const gedaan: string[] = [];
      const rapport = mkdtempSync(path.join(os.tmpdir(), 'ketentest-handmatig-rapport-'));
      const fouten: string[] = [];
      const tester = async (i: Instructie) => {
        gelezen.push(i);
        // The suite waits for "gedaan" from the moment it gives the instruction.
        assert.deepEqual(
          openInstructies().map((o) => o.id),
          [i.id],
        );
        const fout = await doe(sut.url!, i.regels);
        if (fout) fouten.push(`${i.stap}: ${fout}`);
        if (hoe === 'terminal') terminal.write('\n');
        else {
          const r = await fetch(`${live.url}run/instructies/${i.id}/gedaan`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
          if (!r.ok) fouten.push(`gedaan ${i.stap}: ${r.status} ${await r.text()}`);
          // Said twice: the step no longer waits.
          const nogmaals = await fetch(`${live.url}run/instructies/${i.id}/gedaan`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
          if (nogmaals.status !== 404) fouten.push(`tweede gedaan ${i.stap}: ${nogmaals.status}`);
        }
      };
      const opGedaan = (i: Instructie, door: string) => gedaan.push(`${door}:${i.id}`);
      const lezer = (i: Instructie) => void tester(i).catch((e: Error) => fouten.push(e.message));
      instructies.on('instructie', lezer);
      instructies.on('gedaan', opGedaan);
      try {
        const s = await draaiSuite(handmatigeRun(systeem, { rol, domein, tags, timeoutMs: 10_000, rapport, live }));
        assert.deepEqual(fouten, []);
        assert.deepEqual(
          s.gefaald.map((g) => `${g.scenario}: ${g.melding.slice(0, 300)}`),
          [],
        );
        assert.equal(s.scenarios.totaal, 3);
        assert.ok(gelezen.length >= 6, `${gelezen.length} instructies`);
        const door = hoe === 'knop' ? 'web' : 'terminal';
        assert.deepEqual(
          gedaan,
          gelezen.map((i) => `${door}:${i.id}`),
          'elke instructie is gedaan gemeld, in volgorde',
        );
        const features = readdirSync(path.join(rapport, 'features'), { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.feature'))
          .map((f) => readFileSync(path.join(rapport, 'features', f), 'utf8'))
          .join('\n');
        for (const i of gelezen) {
          // The sentence of the step that ran, with this run's dates...
          assert.match(features, new RegExp(`^ {4}\\S+ ${i.stap.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'), i.stap);
          // ...names the dates the tester enters (where it names the step's own values).
          const inZin: string[] = i.stap.match(/\b\d{2}-\d{2}-\d{4}\b/g) ?? [];
          const inInstructie: string[] = i.regels.join('\n').match(/\b\d{2}-\d{2}-\d{4}\b/g) ?? [];
          if (inZin.length && inInstructie.length)
            assert.ok(
              inZin.some((d) => inInstructie.includes(d)),
              `'${i.stap}' en de instructie noemen andere datums:\n${i.regels.join('\n')}`,
            );
        }
      } finally {
        instructies.off('instructie', lezer);
        instructies.off('gedaan', opGedaan);
        await live.stop();
        await sut.stop();
      }
    });
  }

  it("niemand meldt 'gedaan': de stap faalt na --timeout, de run hangt niet", async () => {
    const systeem = await startSut('gemeente', 'jw');
    const { sut } = systeem;
    // A terminal that never says anything (an open pipe in CI), and the view.
    const terminal = new PassThrough();
    const live = await Liveweergave.start({ poort: 0, invoer: terminal });
    const verlopen: string[] = [];
    const opVerlopen = (i: Instructie) => verlopen.push(i.id);
    // The system does act: the message is there, but nobody said the step is done.
    const gebruiker = (i: Instructie) => void doe(sut.url!, i.regels);
    instructies.on('instructie', gebruiker);
    instructies.on('verlopen', opVerlopen);
    const begin = Date.now();
    try {
      const s = await draaiSuite(handmatigeRun(systeem, { rol: 'gemeente', domein: 'jw', tags: '@casus-1', timeoutMs: 1500, live }));
      assert.equal(s.scenarios.gefaald, 1);
      assert.match(s.gefaald[0]!.melding, /niemand meldde binnen 2 s dat de handmatige stap '.+' gedaan is/);
      assert.equal(verlopen.length, 1);
      assert.deepEqual(openInstructies(), []);
      assert.ok(Date.now() - begin < 30_000, `${Date.now() - begin} ms`);
    } finally {
      instructies.off('instructie', gebruiker);
      instructies.off('verlopen', opVerlopen);
      await live.stop();
      await sut.stop();
    }
  });

  it('geen tester aangesloten (de invoer is leeg, geen weergave): de suite wacht alleen op het bericht, zoals voorheen', async () => {
    const systeem = await startSut('aanbieder', 'jw');
    const { sut } = systeem;
    const gebruiker = (i: Instructie) => void doe(sut.url!, i.regels);
    instructies.on('instructie', gebruiker);
    // A terminal whose input ends at once (`< /dev/null` in CI): it detaches, nothing waits for "gedaan".
    const leeg = new PassThrough();
    const los = terminalTester(leeg, 10_000, () => {});
    assert.equal(wachtOpGedaan(), true);
    leeg.end();
    await new Promise((r) => setImmediate(r));
    assert.equal(wachtOpGedaan(), false);
    try {
      const s = await draaiSuite(handmatigeRun(systeem, { rol: 'aanbieder', domein: 'jw', tags: '@casus-1', timeoutMs: 10_000 }));
      assert.deepEqual(
        s.gefaald.map((g) => g.melding),
        [],
      );
      assert.equal(s.scenarios.totaal, 1);
    } finally {
      los();
      instructies.off('instructie', gebruiker);
      await sut.stop();
    }
  });

  it('ketentest run --handmatig in een terminal: de instructie op het scherm, Enter meldt gedaan, het proces eindigt', async () => {
    const { sut, poort } = await startSut('gemeente', 'jw');
    const werk = mkdtempSync(path.join(os.tmpdir(), 'ketentest-handmatig-cli-'));
    try {
      const kind = spawn(
        process.execPath,
        [
          path.join(PROJECT, 'bin', 'ketentest.js'),
          'run',
          '--sut-rol',
          'gemeente',
          '--domein',
          'jw',
          '--sut-url',
          sut.url!,
          '--handmatig',
          '--poort',
          String(poort + 1),
          '--tags',
          '@casus-1',
          '--timeout',
          '20',
          '--rapport',
          path.join(werk, 'rapport'),
          '--data',
          path.join(werk, 'data'),
        ],
        { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, KETENTEST_CHROMIUM: '/bestaat-niet' } },
      );
      let uit = '';
      let fout = '';
      let gelezen = 0;
      const fouten: string[] = [];
      kind.stderr.on('data', (d: Buffer) => (fout += d));
      kind.stdout.on('data', async (d: Buffer) => {
        uit += d;
        // Each complete instruction on the screen: read it, do it in the system, press Enter.
        const blokken = [...uit.matchAll(/^>>> Handmatige stap [^\n]*\n((?: {4}[^\n]*\n)*?) {4}\(druk op Enter[^\n]*\n/gm)];
        while (gelezen < blokken.length) {
          const regels = blokken[gelezen++]![1]!.split('\n')
            .filter(Boolean)
            .map((r) => r.slice(4));
          const f = await doe(sut.url!, regels);
          if (f) fouten.push(f);
          kind.stdin.write('\n');
        }
      });
      const code = await new Promise<number | null>((resolve) => kind.on('exit', resolve));
      assert.deepEqual(fouten, []);
      assert.equal(code, 0, `${uit}\n${fout}`);
      assert.match(uit, /^ketentest: live weergave op http:\/\/127\.0\.0\.1:\d+\/web\/$/m);
      assert.match(uit, /druk op Enter of klik 'Gedaan' op http:\/\/127\.0\.0\.1:\d+\/web\/ als de stap gedaan is/);
      assert.ok(gelezen >= 2, `${gelezen} instructies`);
      assert.equal(uit.match(/gedaan \(in de terminal\)/g)?.length, gelezen);
      assert.match(uit, /1 scenario's: 1 geslaagd, 0 gefaald/);
    } finally {
      await sut.stop();
    }
  });
});
