/**
 * Playing a rule's example: its history (each message must be approved), then the message under test,
 * each judged by its receiver through the party pipeline (`Uitwisseling`), as `ketentest valideer` does.
 */
import assert from 'node:assert/strict';
import { Bronnen } from '../simulator/standaard/bronnen/bronnen';
import { Sjablonen } from '../simulator/standaard/berichten/sjablonen';
import { valideerBericht } from '../simulator/standaard/berichten/validator';
import type { Regel, Voorbeeld } from '../simulator/standaard/regels/regel';
import type { Domein } from '../simulator/standaard/woorden';
import { Uitwisseling } from '../simulator/partij/uitwisseling';
import { metType } from '../simulator/partij/verwerking';

const VOORBEELD_DATUM = '2026-06-30';

export function speelVoorbeeld(r: Regel, v: Voorbeeld, d: Domein) {
  const datum = v.systeemdatum ?? VOORBEELD_DATUM;
  const u = new Uitwisseling(new Bronnen({ ...v.bronnen, systeemdatum: datum }));
  const s = new Sjablonen(d, { dagtekening: datum });
  for (const stap of v.geschiedenis?.(s) ?? []) {
    const b = metType(d, stap);
    assert.deepEqual(valideerBericht(b.type, b.bericht), [], `${r.code} ${v.naam}: geschiedenis ${b.type} voldoet aan het schema`);
    const o = u.ontvang(b);
    assert.ok(o.uitkomst === 'goedgekeurd', `${r.code} ${v.naam} (${d}): geschiedenis ${b.type} moet goedgekeurd zijn, maar: ${JSON.stringify(o.bevindingen)}`);
  }
  const b = metType(d, v.bericht(s));
  assert.deepEqual(valideerBericht(b.type, b.bericht), [], `${r.code} ${v.naam}: ${b.type} voldoet aan het schema`);
  return { type: b.type, beoordeling: u.ontvang(b) };
}
