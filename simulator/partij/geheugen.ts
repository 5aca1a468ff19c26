/**
 * A party's messages kept in memory, for callers of the pipeline without a session: the in-process
 * player and `ketentest valideer`. What the session keeps in its durable log, this keeps in a list;
 * what the session hands to transports, this leaves in `postvak` for the caller to deliver.
 */
import { schrijfXml } from '../standaard/berichten/codec';
import type { Berichttype, Getypt } from '../standaard/berichten/catalogus';
import type { Retourcode } from '../standaard/regels/beoordeling';
import type { Omgeving, Verwerking, Verwerkt } from './verwerking';

export interface Gelogd {
  readonly id: string;
  readonly richting: 'in' | 'uit';
  readonly type: Berichttype | null;
  /** The message as sent or received, when it was a readable message. */
  bericht?: Getypt;
  /** The bytes as received, or as sent when sent exactly as given. */
  readonly bytes?: Buffer;
  /** Received: what the pipeline made of it (or why it was refused on arrival). */
  verwerkt?: Verwerkt;
  weigering?: string;
  retourcodes: readonly Retourcode[] | null;
  gerelateerd: string | null;
}

let volgnummer = 0;

export class Geheugen implements Omgeving {
  readonly log: Gelogd[] = [];
  /** Our messages, in the order sent, not yet taken by the caller. */
  readonly postvak: Gelogd[] = [];

  verstuur(b: Getypt, antwoordOp: string | null): string {
    const g: Gelogd = { id: `g${++volgnummer}`, richting: 'uit', type: b.type, bericht: b, retourcodes: null, gerelateerd: antwoordOp };
    this.log.push(g);
    this.postvak.push(g);
    return g.id;
  }

  legVast(): void {
    // Nothing outlives the process: the state is what the pipeline applied.
  }

  verzonden(type: Berichttype, identificatie: string) {
    const g = this.log.find((x) => x.richting === 'uit' && x.type === type && x.bericht?.bericht.Header.BerichtIdentificatie.Identificatie === identificatie);
    return g && { id: g.id, ...(g.bericht && { bericht: g.bericht }), beantwoord: g.gerelateerd !== null };
  }

  koppel(heen: string, antwoord: string, retourcodes?: readonly Retourcode[]): void {
    const g = this.log.find((x) => x.id === heen);
    if (!g) return;
    g.gerelateerd = antwoord;
    if (retourcodes) g.retourcodes = retourcodes;
  }

  ontvangenDeclaratie(declaratieNummer: string) {
    for (const g of [...this.log].reverse()) {
      const b = g.bericht;
      if (g.richting !== 'in' || b?.nummer !== '323' || b.bericht.Declaratie.DeclaratieNummer !== declaratieNummer) continue;
      return { id: g.id, bericht: b.bericht, type: b.type, retourcodes: g.retourcodes ?? [], beantwoord: g.gerelateerd !== null };
    }
    return undefined;
  }

  /** A message from the other party: recognised, kept, and taken the whole way through the pipeline at once. */
  ontvang(verwerking: Verwerking, bytes: Buffer): Gelogd {
    const herkend = verwerking.herken(bytes);
    const g: Gelogd = { id: `g${++volgnummer}`, richting: 'in', type: 'fout' in herkend ? herkend.type : herkend.info.type, bytes, retourcodes: null, gerelateerd: null };
    this.log.push(g);
    if ('fout' in herkend) {
      g.weigering = herkend.fout;
      return g;
    }
    const v = verwerking.verwerk(g.id, { root: herkend.root });
    g.verwerkt = v;
    g.retourcodes = v.retourcodes;
    g.gerelateerd = v.gerelateerd;
    if (v.bericht) g.bericht = v.bericht;
    return g;
  }

  /** A message sent exactly as given (a negative case): not judged, nor taken into our state before its answer. */
  verstuurAlsZodanig(bytes: Buffer, bericht: Getypt | undefined, type: Berichttype): string {
    const g: Gelogd = { id: `g${++volgnummer}`, richting: 'uit', type, ...(bericht && { bericht }), bytes, retourcodes: null, gerelateerd: null };
    this.log.push(g);
    this.postvak.push(g);
    return g.id;
  }

  /** Takes the messages sent so far, as bytes on the wire. */
  haalOp(): { readonly gelogd: Gelogd; readonly bytes: Buffer }[] {
    return this.postvak.splice(0).map((g) => ({ gelogd: g, bytes: g.bytes ?? Buffer.from(schrijfXml(g.bericht!.type, g.bericht!.bericht)) }));
  }
}
