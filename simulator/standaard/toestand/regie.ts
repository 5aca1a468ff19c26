/** Start and stop of deliveries (regieberichten 305/307), with corrections and removals (StatusAanlevering 3). */
import type { Bericht } from '../berichten/catalogus';
import { leveringSleutel, startSleutel, stopSleutel, toewijzingSleutel, voegToe, type Geaccepteerd, type StartProduct, type StopProduct } from './sleutels';

export interface StartRecord extends StartProduct {
  readonly bsn: string;
  readonly volgnummer: number;
  verwijderd: boolean;
}

export interface StopRecord extends StopProduct {
  readonly bsn: string;
  readonly volgnummer: number;
  verwijderd: boolean;
}

/**
 * The logical keys a message removes (StatusAanlevering 3). A correction may remove and re-deliver
 * in one message (IV008); rules about earlier starts or stops leave the removed ones out.
 */
export function verwijderdeStarts(bsn: string, producten: readonly StartProduct[]): Set<string> {
  return new Set(producten.filter((p) => p.StatusAanlevering === '3').map((p) => startSleutel(bsn, p)));
}

export function verwijderdeStops(bsn: string, producten: readonly StopProduct[]): Set<string> {
  return new Set(producten.filter((p) => p.StatusAanlevering === '3').map((p) => stopSleutel(bsn, p)));
}

export class Regie {
  private readonly starts = new Map<string, StartRecord[]>();
  private readonly startsPerToewijzing = new Map<string, StartRecord[]>();
  private readonly stops = new Map<string, StopRecord[]>();
  private readonly stopsPerLevering = new Map<string, StopRecord[]>();

  /** Starts with this logical key, removed ones included. */
  startsMetSleutel(bsn: string, p: Pick<StartProduct, 'ToewijzingNummer' | 'Product' | 'Begindatum'>): readonly StartRecord[] {
    return this.starts.get(startSleutel(bsn, p)) ?? [];
  }

  /** Starts for a toewijzing (or, without ToewijzingNummer, for a product) of a client. */
  startsVoor(bsn: string, p: Pick<StartProduct, 'ToewijzingNummer' | 'Product'>): readonly StartRecord[] {
    return this.startsPerToewijzing.get(toewijzingSleutel(bsn, p)) ?? [];
  }

  stopsMetSleutel(bsn: string, p: Pick<StopProduct, 'ToewijzingNummer' | 'Product' | 'Begindatum' | 'RedenBeeindiging' | 'Einddatum'>): readonly StopRecord[] {
    return this.stops.get(stopSleutel(bsn, p)) ?? [];
  }

  /** Stops of one delivery (Bsn, ToewijzingNummer, Begindatum), oldest first, removed ones included. */
  stopsVanLevering(bsn: string, p: Pick<StopProduct, 'ToewijzingNummer' | 'Begindatum' | 'Product'>): readonly StopRecord[] {
    return this.stopsPerLevering.get(leveringSleutel(bsn, p)) ?? [];
  }

  /**
   * The current stop of a delivery: the last one received that was not removed (and, with `zonder`,
   * whose logical key is not being removed by the message under assessment).
   */
  actueleStop(bsn: string, p: Pick<StopProduct, 'ToewijzingNummer' | 'Begindatum' | 'Product'>, zonder?: ReadonlySet<string>): StopRecord | undefined {
    const l = this.stopsVanLevering(bsn, p);
    for (let i = l.length - 1; i >= 0; i--) {
      const s = l[i]!;
      if (!s.verwijderd && !zonder?.has(stopSleutel(bsn, s))) return s;
    }
    return undefined;
  }

  /**
   * The other stops of the delivery of stop `p` that stand: not removed, not being removed by the
   * message under assessment, and not with p's own logical key (a repeat of p itself is TR074's) (TR413, TR415).
   */
  andereGeldendeStops(
    bsn: string,
    p: Pick<StopProduct, 'ToewijzingNummer' | 'Product' | 'Begindatum' | 'RedenBeeindiging' | 'Einddatum'>,
    zonder?: ReadonlySet<string>,
  ): StopRecord[] {
    const eigen = stopSleutel(bsn, p);
    return this.stopsVanLevering(bsn, p).filter((s) => {
      const k = stopSleutel(bsn, s);
      return !s.verwijderd && k !== eigen && !zonder?.has(k);
    });
  }

  /** Whether a start with this logical key was received and not removed (TR063, TR074, TR382). */
  heeftStart(bsn: string, p: Pick<StartProduct, 'ToewijzingNummer' | 'Product' | 'Begindatum'>): boolean {
    return this.startsMetSleutel(bsn, p).some((s) => !s.verwijderd);
  }

  /** Whether a stop with this logical key was received and not removed (TR063, TR074). */
  heeftStop(bsn: string, p: Pick<StopProduct, 'ToewijzingNummer' | 'Product' | 'Begindatum' | 'RedenBeeindiging' | 'Einddatum'>): boolean {
    return this.stopsMetSleutel(bsn, p).some((s) => !s.verwijderd);
  }

  /** The current starts of a toewijzing (or product), leaving out those the message under assessment removes (TR326). */
  actueleStarts(bsn: string, p: Pick<StartProduct, 'ToewijzingNummer' | 'Product'>, zonder?: ReadonlySet<string>): StartRecord[] {
    return this.startsVoor(bsn, p).filter((s) => this.isActueel(s) && !zonder?.has(startSleutel(bsn, s)));
  }

  /** A start is current when it is not removed and its delivery has no current stop (TR326). */
  isActueel(s: StartRecord): boolean {
    return !s.verwijderd && !this.actueleStop(s.bsn, s);
  }

  verwerkStart(b: Bericht<'305'>, ok: Geaccepteerd, volgnummer: number): void {
    const bsn = b.Client.Bsn;
    if (!ok('/Bericht/Client')) return;
    for (const { p, i } of verwijderingenEerst(b.Client.StartProducten.StartProduct)) {
      if (!ok(`/Bericht/Client/StartProducten/StartProduct[${i + 1}]`)) continue;
      if (p.StatusAanlevering === '3') {
        for (const s of this.starts.get(startSleutel(bsn, p)) ?? []) s.verwijderd = true;
        continue;
      }
      const r: StartRecord = { ...p, bsn, volgnummer, verwijderd: false };
      voegToe(this.starts, startSleutel(bsn, p), r);
      voegToe(this.startsPerToewijzing, toewijzingSleutel(bsn, p), r);
    }
  }

  verwerkStop(b: Bericht<'307'>, ok: Geaccepteerd, volgnummer: number): void {
    const bsn = b.Client.Bsn;
    if (!ok('/Bericht/Client')) return;
    for (const { p, i } of verwijderingenEerst(b.Client.StopProducten.StopProduct)) {
      if (!ok(`/Bericht/Client/StopProducten/StopProduct[${i + 1}]`)) continue;
      if (p.StatusAanlevering === '3') {
        for (const s of this.stops.get(stopSleutel(bsn, p)) ?? []) s.verwijderd = true;
        continue;
      }
      const r: StopRecord = { ...p, bsn, volgnummer, verwijderd: false };
      voegToe(this.stops, stopSleutel(bsn, p), r);
      voegToe(this.stopsPerLevering, leveringSleutel(bsn, p), r);
    }
  }
}

/** The classes of a start or stop message with their index, removals first: a correction may remove and re-deliver in one message (IV008). */
function verwijderingenEerst<P extends { readonly StatusAanlevering: string }>(lijst: readonly P[]): { p: P; i: number }[] {
  return lijst.map((p, i) => ({ p, i })).sort((x, y) => Number(y.p.StatusAanlevering === '3') - Number(x.p.StatusAanlevering === '3'));
}
