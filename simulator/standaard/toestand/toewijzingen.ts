/** Toewijzingen sent by the gemeente and accepted by the aanbieder, each with its history. */
import type { Bericht } from '../berichten/catalogus';
import { isVervallen, voegToe, type Geaccepteerd, type ToegewezenProduct } from './sleutels';

export interface ToewijzingVersie extends ToegewezenProduct {
  readonly bsn: string;
  /** Order of arrival in the exchange. */
  readonly volgnummer: number;
}

export interface Toewijzing {
  readonly nummer: number;
  readonly bsn: string;
  /** Every accepted version, oldest first; the last is the current one. */
  readonly versies: ToewijzingVersie[];
}

/**
 * An 'actuele' toewijzing on a peildatum (TR349, TR350, TR351): not withdrawn as never given, and
 * valid on or after the peildatum (no Einddatum, or an Einddatum on or after it; a future
 * Ingangsdatum is included by this).
 */
function isActueelOp(v: ToewijzingVersie, peildatum: string): boolean {
  return !isVervallen(v) && (!v.Einddatum || v.Einddatum >= peildatum);
}

export class Toewijzingen {
  private readonly perNummer = new Map<number, Toewijzing>();
  private readonly perClient = new Map<string, Toewijzing[]>();
  /** Every ReferentieAanbieder an accepted ToegewezenProduct carried (TR359, TR379). */
  private readonly referenties = new Set<string>();

  toewijzing(nummer: number): Toewijzing | undefined {
    return this.perNummer.get(nummer);
  }

  /** The current version of a toewijzing: the last one received. */
  actueleVersie(nummer: number): ToewijzingVersie | undefined {
    return this.perNummer.get(nummer)?.versies.at(-1);
  }

  vanClient(bsn: string): readonly Toewijzing[] {
    return this.perClient.get(bsn) ?? [];
  }

  /** The current version of toewijzing `nummer` when it belongs to this client: what a prestatie is on (TR338, TR384, TR322, TR369). */
  versieVan(nummer: number, bsn: string): ToewijzingVersie | undefined {
    const v = this.actueleVersie(nummer);
    return v?.bsn === bsn ? v : undefined;
  }

  kentClient(bsn: string): boolean {
    return this.perClient.has(bsn);
  }

  /** Current versions still valid on or after a date and not vervallen (the 'actuele toewijzingen' of TR349). */
  actueel(bsn: string, peildatum: string): ToewijzingVersie[] {
    return this.vanClient(bsn)
      .map((t) => t.versies.at(-1)!)
      .filter((v) => isActueelOp(v, peildatum));
  }

  /** The current version of toewijzing `nummer` when it belongs to this client and is actueel on the peildatum (TR350, TR351). */
  actueelOp(nummer: number, bsn: string, peildatum: string): ToewijzingVersie | undefined {
    const v = this.versieVan(nummer, bsn);
    return v && isActueelOp(v, peildatum) ? v : undefined;
  }

  /**
   * The current version of toewijzing `nummer` when it belongs to this client and was not withdrawn
   * as never given (RedenWijziging 13/01 with Einddatum = Ingangsdatum): what a start or stop can be
   * related to (TR019).
   */
  bestaandVoor(nummer: number, bsn: string): ToewijzingVersie | undefined {
    const v = this.versieVan(nummer, bsn);
    return v && !isVervallen(v) ? v : undefined;
  }

  /** Whether an accepted ToegewezenProduct ever carried this ReferentieAanbieder (TR359). */
  heeftReferentie(referentie: string): boolean {
    return this.referenties.has(referentie);
  }

  /** Takes in the accepted ToegewezenProducten; returns the ReferentieAanbieder values they honour. */
  verwerk(b: Bericht<'301'>, ok: Geaccepteerd, volgnummer: number): string[] {
    const bsn = b.Client.Bsn;
    const gehonoreerd: string[] = [];
    if (!ok('/Bericht/Client')) return gehonoreerd;
    b.Client.ToegewezenProducten.ToegewezenProduct.forEach((tp, i) => {
      if (!ok(`/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i + 1}]`)) return;
      let t = this.perNummer.get(tp.ToewijzingNummer);
      if (!t) {
        t = { nummer: tp.ToewijzingNummer, bsn, versies: [] };
        this.perNummer.set(t.nummer, t);
        voegToe(this.perClient, bsn, t);
      }
      t.versies.push({ ...tp, bsn, volgnummer });
      if (tp.ReferentieAanbieder) {
        gehonoreerd.push(tp.ReferentieAanbieder);
        this.referenties.add(tp.ReferentieAanbieder);
      }
    });
    return gehonoreerd;
  }
}
