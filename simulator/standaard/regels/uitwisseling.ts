/**
 * One exchange between a gemeente and an aanbieder in one domain: messages are assessed in arrival
 * order against the state built from the ones before, and taken in as far as they were accepted.
 */
import type { Berichttype } from '../berichten/catalogus';
import { Bronnen } from '../bronnen/bronnen';
import { Toestand } from '../toestand/toestand';
import { beoordeel, pasToe, type BeoordeelOpties, type Beoordeling } from './beoordeling';

export class Uitwisseling {
  constructor(
    readonly bronnen: Bronnen = new Bronnen(),
    readonly toestand: Toestand = new Toestand(),
  ) {}

  /** Assesses a schema-valid message and takes it into the state. */
  ontvang(type: Berichttype, bericht: unknown, opties: BeoordeelOpties = {}): Beoordeling {
    const b = beoordeel(type, bericht, this.toestand, this.bronnen, opties);
    pasToe(this.toestand, type, bericht, b);
    return b;
  }
}
