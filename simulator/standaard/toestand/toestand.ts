/**
 * The exchange state between one gemeente and one aanbieder in one domain: what each party has sent
 * and what the other accepted, in four stores (toewijzingen, regie, verzoeken, declaraties) indexed
 * so that every cross-message rule is a lookup. It changes only through `verwerk`, with the classes
 * the retourbericht accepted; replaying the same messages with the same accepted classes rebuilds the
 * same state (how the simulator restores it after a restart).
 */
import type { Genummerd } from '../berichten/catalogus';
import { Declaraties } from './declaraties';
import { Regie } from './regie';
import { sleutel, type Geaccepteerd } from './sleutels';
import { Toewijzingen } from './toewijzingen';
import { Verzoeken } from './verzoeken';

export class Toestand {
  private volgnummer = 0;
  /** BerichtIdentificatie/Identificatie keyed with its sender and berichtcode (TR056). */
  private readonly identificaties = new Set<string>();
  readonly toewijzingen = new Toewijzingen();
  readonly regie = new Regie();
  readonly verzoeken = new Verzoeken();
  readonly declaraties = new Declaraties();

  identificatieGebruikt(afzender: string, berichtcode: string, identificatie: string): boolean {
    return this.identificaties.has(sleutel(afzender, berichtcode, identificatie));
  }

  registreerIdentificatie(afzender: string, berichtcode: string, identificatie: string): void {
    this.identificaties.add(sleutel(afzender, berichtcode, identificatie));
  }

  /**
   * Applies a message whose retourbericht accepted the classes for which `geaccepteerd(pad)` holds
   * (paths as in findings: /Bericht/Client/StopProducten/StopProduct[1]).
   */
  verwerk(b: Genummerd, geaccepteerd: Geaccepteerd = () => true): void {
    const n = ++this.volgnummer;
    switch (b.nummer) {
      case '301':
        for (const ref of this.toewijzingen.verwerk(b.bericht, geaccepteerd, n)) this.verzoeken.toegewezen(ref);
        return;
      case '305':
        this.regie.verwerkStart(b.bericht, geaccepteerd, n);
        return;
      case '307':
        this.regie.verwerkStop(b.bericht, geaccepteerd, n);
        return;
      case '315':
        this.verzoeken.verwerkVerzoekOmToewijzing(b.bericht, geaccepteerd, n);
        return;
      case '317':
        this.verzoeken.verwerkVerzoekOmWijziging(b.bericht, geaccepteerd, n);
        return;
      case '319':
        this.verzoeken.verwerkAntwoord(b.bericht, geaccepteerd);
        return;
      case '323':
        this.declaraties.verwerkDeclaratie(b.bericht, geaccepteerd);
        return;
      case '325':
        this.declaraties.verwerkAntwoord(b.bericht);
        return;
      default:
        return; // retourberichten carry no new facts
    }
  }

  /**
   * Takes a message into the state as one party saw it (a state event, replayed after a restart):
   * a heenbericht it received (its identification is now used, TR056), a heenbericht it sent (once
   * the other party's retourbericht said what was accepted), or a declaratie-antwoord.
   */
  neemOp(b: Genummerd, g: Gebeurtenis): void {
    if (g.soort === 'heen-in') {
      const h = b.bericht.Header;
      this.registreerIdentificatie(h.Afzender, h.BerichtCode, h.BerichtIdentificatie.Identificatie);
    }
    this.verwerk(b, accepteert(g.acceptatie));
  }
}

/** Which berichtklassen of a message were accepted: all, none, or all but these (and what lies below them). */
export type Acceptatie = { readonly alles: true } | { readonly geen: true } | { readonly afgewezen: readonly string[] };

export function accepteert(a: Acceptatie): Geaccepteerd {
  if ('alles' in a) return () => true;
  if ('geen' in a) return () => false;
  return (pad) => !a.afgewezen.some((x) => pad === x || pad.startsWith(`${x}/`));
}

/**
 * How a message entered a party's state: `heen-in` a heenbericht it received and judged, `heen-uit`
 * a heenbericht it sent, as the other party's retourbericht accepted it, `antwoord` a
 * declaratie-antwoord (sent or received).
 */
export interface Gebeurtenis {
  readonly soort: 'heen-in' | 'heen-uit' | 'antwoord';
  readonly acceptatie: Acceptatie;
}
