/**
 * An exchange between one gemeente and one aanbieder seen from outside (`ketentest valideer`, the
 * rule examples): every message is judged by its receiver, through the receiver's own pipeline, and
 * taken into the one exchange state both parties share, in arrival order. Nothing is delivered: the
 * retourberichten are in the verdicts. As no message was logged as sent, a retourbericht is judged
 * as it arrives (its rules, the 325's), not linked to its heenbericht.
 */
import { STANDAARD_CLIENT, STANDAARD_PARTIJEN } from '../standaard/berichten/bouwers';
import { berichtInfo, ontvangerVan, type Getypt } from '../standaard/berichten/catalogus';
import { Bronnen } from '../standaard/bronnen/bronnen';
import type { Beoordeling } from '../standaard/regels/beoordeling';
import { Toestand } from '../standaard/toestand/toestand';
import type { Domein, Rol } from '../standaard/woorden';
import { Geheugen } from './geheugen';
import { Partij } from './partij';
import { Verwerking } from './verwerking';

export class Uitwisseling {
  readonly toestand = new Toestand();
  private readonly ontvangers = new Map<string, Verwerking>();
  private volgnummer = 0;

  constructor(readonly bronnen: Bronnen = new Bronnen()) {}

  /** Judges a schema-valid message as its receiver and takes it into the state. */
  ontvang(b: Getypt): Beoordeling {
    return this.ontvanger(berichtInfo(b.type).domein, ontvangerVan(b.nummer)).heen(`u${++this.volgnummer}`, b).beoordeling!;
  }

  private ontvanger(domein: Domein, rol: Rol): Verwerking {
    let v = this.ontvangers.get(`${domein}|${rol}`);
    if (!v) {
      const config = { rol, domein, gemeente: STANDAARD_PARTIJEN.gemeente, aanbieder: STANDAARD_PARTIJEN.aanbieder, bsn: STANDAARD_CLIENT.Bsn, fouten: [] };
      v = new Verwerking(new Partij(config, this.bronnen, this.toestand), new Geheugen());
      this.ontvangers.set(`${domein}|${rol}`, v);
    }
    return v;
  }
}
