/** Playing a rule's example: its history (each message must be approved), then the message under test. */
import assert from 'node:assert/strict';
import { berichttype } from '../berichten/catalogus';
import type { Domein } from '../woorden';
import { Sjablonen } from '../berichten/sjablonen';
import { valideerBericht } from '../berichten/validator';
import { Bronnen } from '../bronnen/bronnen';
import type { Regel, Voorbeeld } from './regel';
import { Uitwisseling } from './uitwisseling';

const VOORBEELD_DATUM = '2026-06-30';

export function speelVoorbeeld(r: Regel, v: Voorbeeld, d: Domein) {
  const datum = v.systeemdatum ?? VOORBEELD_DATUM;
  const u = new Uitwisseling(new Bronnen({ ...v.bronnen, systeemdatum: datum }));
  const s = new Sjablonen(d, { dagtekening: datum });
  for (const stap of v.geschiedenis?.(s) ?? []) {
    const type = berichttype(d, stap.nummer);
    assert.deepEqual(valideerBericht(type, stap.bericht), [], `${r.code} ${v.naam}: geschiedenis ${type} voldoet aan het schema`);
    const b = u.ontvang(type, stap.bericht);
    assert.ok(
      b.uitkomst === 'goedgekeurd',
      `${r.code} ${v.naam} (${d}): geschiedenis ${type} moet goedgekeurd zijn, maar: ${JSON.stringify(b.bevindingen)}`,
    );
  }
  const stap = v.bericht(s);
  const type = berichttype(d, stap.nummer);
  assert.deepEqual(valideerBericht(type, stap.bericht), [], `${r.code} ${v.naam}: ${type} voldoet aan het schema`);
  return { type, beoordeling: u.ontvang(type, stap.bericht) };
}

