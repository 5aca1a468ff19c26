/**
 * The declaratie store's indexes: what a declaratie-antwoord may refer to (also a rejected
 * declaratie), the net approved volume and amount per toewijzing, and the open debet per key.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { declaratieAntwoordBericht } from '../berichten/bouwers';
import type { Bericht } from '../berichten/catalogus';
import { Sjablonen } from '../berichten/sjablonen';
import { Toestand } from './toestand';

const s = new Sjablonen('jw', { dagtekening: '2026-06-30' });

function declaratie(nummer: string, id: string, prestaties: Parameters<Sjablonen['declaratie']>[0]['prestaties']): Bericht<'323'> {
  return s.declaratie({ nummer, maand: '2026-05', prestaties }, { identificatie: id }).bericht as Bericht<'323'>;
}

/** Takes in a declaratie and a declaratie-antwoord that rejects the prestaties with these references. */
function ontvang(t: Toestand, d: Bericht<'323'>, afgewezen: string[] = [], geaccepteerd = true): void {
  t.verwerk({ nummer: '323', bericht: d }, () => geaccepteerd);
  const antwoord = declaratieAntwoordBericht(d, {
    headerCodes: ['0200'],
    toegekend: { TotaalBedrag: 0, DebetCredit: 'D' },
    ...(afgewezen.length && { prestatieCodes: () => ['9321'] }),
    declaratieCodes: [afgewezen.length ? '0200' : '8001'],
  });
  if (antwoord.DeclaratieAntwoord?.Clienten) {
    for (const c of antwoord.DeclaratieAntwoord.Clienten.Client) {
      c.Prestaties.Prestatie = c.Prestaties.Prestatie.filter((p) => afgewezen.includes(p.ProductReferentie.ReferentieNummer));
    }
  }
  t.verwerk({ nummer: '325', bericht: antwoord });
}

describe('declaraties: indexen', () => {
  it('onthoudt ook een als geheel afgewezen declaratie, maar niet haar prestaties', () => {
    const t = new Toestand();
    ontvang(t, declaratie('D1', 'DECL01', [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }]), [], false);
    assert.equal(t.declaraties.ontvangen('DECL01')?.nummer, 'D1');
    assert.ok(t.declaraties.nummerOntvangen('D1'));
    assert.equal(t.declaraties.declaratie('D1'), undefined);
    assert.equal(t.declaraties.prestatie('P1'), undefined);
  });

  it('telt alleen goedgekeurde prestaties in volume en bedrag, een credit eraf', () => {
    const t = new Toestand();
    ontvang(
      t,
      declaratie('D1', 'DECL01', [
        { referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 },
        { referentie: 'P2', toewijzing: 1, periode: '2026-05', volume: 4 },
        { referentie: 'P3', toewijzing: 1, periode: '2026-03', volume: 120, eenheid: '01', tarief: 83 },
      ]),
      ['P2'],
    );
    assert.equal(t.declaraties.nettoVolumeOp(1, '04'), 10);
    assert.equal(t.declaraties.nettoVolumeOp(1, '01'), 120);
    assert.equal(t.declaraties.nettoBedragOp(1), 50000 + 120 * 83);
    ontvang(t, declaratie('D2', 'DECL02', [{ referentie: 'C1', vorigeReferentie: 'P1', credit: true, toewijzing: 1, periode: '2026-04', volume: 10 }]));
    assert.equal(t.declaraties.nettoVolumeOp(1, '04'), 0);
    assert.equal(t.declaraties.nettoBedragOp(1), 120 * 83);
  });

  it('vindt de nog niet gecrediteerde debet van een sleutel', () => {
    const t = new Toestand();
    const p = { referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 };
    ontvang(t, declaratie('D1', 'DECL01', [p]));
    const sleutel = s.prestatie(p);
    assert.equal(t.declaraties.openDebet(sleutel)?.ProductReferentie.ReferentieNummer, 'P1');
    assert.equal(t.declaraties.openDebet(sleutel, new Set(['P1'])), undefined);
    ontvang(t, declaratie('D2', 'DECL02', [{ ...p, referentie: 'C1', vorigeReferentie: 'P1', credit: true }]));
    assert.equal(t.declaraties.openDebet(sleutel), undefined);
  });
});
