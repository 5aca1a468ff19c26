/**
 * Reading a declaratie-antwoord back onto the declaratie it answers: rejected clients and prestaties
 * are found by Bsn and ReferentieNummer; what is not in the declaratie keeps its value in the path.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { declaratieAntwoordBericht } from '../berichten/bouwers';
import type { Bericht } from '../berichten/catalogus';
import { Sjablonen } from '../berichten/sjablonen';
import { retourcodesVan } from './retourlezer';

const s = new Sjablonen('jw', { dagtekening: '2026-06-30' });
const ANDER = '999996770';

type AntwoordPrestatie = NonNullable<NonNullable<Bericht<'325'>['DeclaratieAntwoord']>['Clienten']>['Client'][number]['Prestaties']['Prestatie'][number];

describe('retourlezer: declaratie-antwoord', () => {
  it('vindt afgewezen cliënten en prestaties terug in de declaratie', () => {
    const heen = s.declaratie({
      nummer: 'D1',
      maand: '2026-05',
      prestaties: [
        { referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 },
        { referentie: 'P2', toewijzing: 2, periode: '2026-05', volume: 10, bsn: ANDER },
        { referentie: 'P3', toewijzing: 2, periode: '2026-04', volume: 10, bsn: ANDER },
      ],
    }).bericht as Bericht<'323'>;
    const antwoord = declaratieAntwoordBericht(heen, { headerCodes: ['0200'], prestatieCodes: () => ['9321'], toegekend: { TotaalBedrag: 0, DebetCredit: 'D' } });
    const ci = heen.Declaratie.Clienten.Client.findIndex((c) => c.Bsn === ANDER);
    const client = antwoord.DeclaratieAntwoord!.Clienten!.Client[ci]!;
    // Answered in another order, and one reference the declaratie does not have.
    const [p2, p3] = client.Prestaties.Prestatie as [AntwoordPrestatie, AntwoordPrestatie];
    client.Prestaties.Prestatie = [p3, { ...p2, ProductReferentie: { ReferentieNummer: 'P9' } }];
    const cpad = `/Bericht/Declaratie/Clienten/Client[${ci + 1}]`;
    const paden = () => retourcodesVan('JW325', antwoord, heen).map((r) => r.pad);
    assert.deepEqual(paden().slice(-3), [cpad, `${cpad}/Prestaties/Prestatie[2]`, `${cpad}/Prestaties/Prestatie[ReferentieNummer=P9]`]);
    client.Bsn = '123456782';
    const onbekend = '/Bericht/Declaratie/Clienten/Client[Bsn=123456782]';
    assert.deepEqual(paden().slice(-3), [onbekend, `${onbekend}/Prestaties/Prestatie[ReferentieNummer=P3]`, `${onbekend}/Prestaties/Prestatie[ReferentieNummer=P9]`]);
  });
});
