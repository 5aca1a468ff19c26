/** Requests from the aanbieder (315 per AangevraagdProduct, 317 per Verzoek) and the gemeente's answers (319, 301). */
import type { Bericht } from '../berichten/catalogus';
import type { AangevraagdProduct, Geaccepteerd } from './sleutels';

export type VerzoekStatus = 'onderhanden' | 'in onderzoek' | 'afgewezen' | 'toegewezen';

export interface Verzoek {
  readonly referentie: string;
  readonly soort: '315' | '317';
  readonly bsn: string;
  status: VerzoekStatus;
  /** VerzoekAntwoord values of the 319s received for it, in order. */
  readonly antwoorden: string[];
  readonly aangevraagd?: AangevraagdProduct;
  readonly wijziging?: Bericht<'317'>['Client']['Verzoek'];
  readonly volgnummer: number;
}

export class Verzoeken {
  private readonly perReferentie = new Map<string, Verzoek>();
  /** Requests still awaiting their final answer, per client, oldest first (TR374). */
  private readonly openPerClient = new Map<string, Set<Verzoek>>();

  verzoek(referentie: string): Verzoek | undefined {
    return this.perReferentie.get(referentie);
  }

  /** A request still awaiting its final answer (TR374): neither rejected nor honoured. */
  onderhanden(bsn: string): Verzoek | undefined {
    const open = this.openPerClient.get(bsn);
    return open?.values().next().value;
  }

  private nieuw(v: Verzoek): void {
    this.perReferentie.set(v.referentie, v);
    this.zetStatus(v, v.status);
  }

  /** Sets the status and keeps the index of open requests in step with it. */
  private zetStatus(v: Verzoek, status: VerzoekStatus): void {
    v.status = status;
    const open = this.openPerClient.get(v.bsn);
    if (status === 'onderhanden' || status === 'in onderzoek') {
      (open ?? this.openPerClient.set(v.bsn, new Set()).get(v.bsn)!).add(v);
    } else if (open) {
      open.delete(v);
      if (open.size === 0) this.openPerClient.delete(v.bsn);
    }
  }

  verwerkVerzoekOmToewijzing(b: Bericht<'315'>, ok: Geaccepteerd, volgnummer: number): void {
    if (!ok('/Bericht/Client')) return;
    b.Client.AangevraagdeProducten.AangevraagdProduct.forEach((ap, i) => {
      if (!ok(`/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]`)) return;
      this.nieuw({ referentie: ap.ReferentieAanbieder, soort: '315', bsn: b.Client.Bsn, status: 'onderhanden', antwoorden: [], aangevraagd: ap, volgnummer });
    });
  }

  verwerkVerzoekOmWijziging(b: Bericht<'317'>, ok: Geaccepteerd, volgnummer: number): void {
    if (!ok('/Bericht/Client') || !ok('/Bericht/Client/Verzoek')) return;
    const v = b.Client.Verzoek;
    this.nieuw({ referentie: v.ReferentieAanbieder, soort: '317', bsn: b.Client.Bsn, status: 'onderhanden', antwoorden: [], wijziging: v, volgnummer });
  }

  verwerkAntwoord(b: Bericht<'319'>, ok: Geaccepteerd): void {
    if (!ok('/Bericht/Antwoord')) return;
    const v = this.perReferentie.get(b.Antwoord.ReferentieAanbieder);
    if (!v) return;
    v.antwoorden.push(b.Antwoord.VerzoekAntwoord);
    this.zetStatus(v, b.Antwoord.VerzoekAntwoord === '1' ? 'afgewezen' : 'in onderzoek');
  }

  /** A toewijzing with this ReferentieAanbieder honours the request (TR374, TR359). */
  toegewezen(referentie: string): void {
    const v = this.perReferentie.get(referentie);
    if (v) this.zetStatus(v, 'toegewezen');
  }
}
