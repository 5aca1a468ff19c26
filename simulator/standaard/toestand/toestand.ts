/**
 * The exchange state between one gemeente and one aanbieder in one domain: what each party has sent
 * and what the other accepted, in four stores (toewijzingen, regie, verzoeken, declaraties) indexed
 * so that every cross-message rule is a lookup. It changes only through `verwerk`, with the classes
 * the retourbericht accepted; replaying the same messages with the same accepted classes rebuilds the
 * same state (how the simulator restores it after a restart).
 */
import type { Bericht, Berichtnummer } from '../berichten/catalogus';
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
  verwerk(nummer: Berichtnummer, bericht: unknown, geaccepteerd: Geaccepteerd = () => true): void {
    const n = ++this.volgnummer;
    switch (nummer) {
      case '301':
        for (const ref of this.toewijzingen.verwerk(bericht as Bericht<'301'>, geaccepteerd, n)) this.verzoeken.toegewezen(ref);
        return;
      case '305':
        return this.regie.verwerkStart(bericht as Bericht<'305'>, geaccepteerd, n);
      case '307':
        return this.regie.verwerkStop(bericht as Bericht<'307'>, geaccepteerd, n);
      case '315':
        return this.verzoeken.verwerkVerzoekOmToewijzing(bericht as Bericht<'315'>, geaccepteerd, n);
      case '317':
        return this.verzoeken.verwerkVerzoekOmWijziging(bericht as Bericht<'317'>, geaccepteerd, n);
      case '319':
        return this.verzoeken.verwerkAntwoord(bericht as Bericht<'319'>, geaccepteerd);
      case '323':
        return this.declaraties.verwerkDeclaratie(bericht as Bericht<'323'>, geaccepteerd);
      case '325':
        return this.declaraties.verwerkAntwoord(bericht as Bericht<'325'>);
      default:
        return; // retourberichten carry no new facts
    }
  }
}
