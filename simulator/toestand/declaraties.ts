/** Declaraties (323) with their prestaties, and which prestaties the gemeente approved (325). */
import type { Bericht } from '../berichten/catalogus';
import { productperiodeSleutel, voegToe, type Geaccepteerd, type Prestatie } from './sleutels';

export interface PrestatieRecord extends Prestatie {
  readonly bsn: string;
  readonly declaratieNummer: string;
  readonly declaratieIdentificatie: string;
  /** Approved by the gemeente: not listed as rejected in the declaratie-antwoord (325). */
  goedgekeurd: boolean;
  /** An approved credit has this prestatie as VorigReferentieNummer. */
  gecrediteerd: boolean;
}

export interface DeclaratieRecord {
  readonly nummer: string;
  readonly identificatie: string;
  readonly dagtekening: string;
  readonly periode: { Begindatum: string; Einddatum: string };
  readonly totaal: { TotaalBedrag: number; DebetCredit: string };
  readonly xsdVersie: { BasisschemaXsdVersie: string; BerichtXsdVersie: string };
  readonly prestaties: string[];
  beantwoord: boolean;
}

export class Declaraties {
  private readonly perNummer = new Map<string, DeclaratieRecord>();
  private readonly perIdentificatie = new Map<string, DeclaratieRecord>();
  private readonly prestaties = new Map<string, PrestatieRecord>();
  /** Approved debet prestaties per ToewijzingNummer, ProductPeriode, ProductCategorie and ProductCode (TR389). */
  private readonly debetPerProductperiode = new Map<string, PrestatieRecord[]>();
  /** Approved credits per VorigReferentieNummer (TR390). */
  private readonly creditsPerDebet = new Map<string, PrestatieRecord[]>();
  private readonly perToewijzing = new Map<number, PrestatieRecord[]>();
  private laatstePeriode: string | undefined;

  declaratie(nummer: string): DeclaratieRecord | undefined {
    return this.perNummer.get(nummer);
  }

  metIdentificatie(identificatie: string): DeclaratieRecord | undefined {
    return this.perIdentificatie.get(identificatie);
  }

  /** A prestatie ever submitted, approved or not. */
  prestatie(referentie: string): PrestatieRecord | undefined {
    return this.prestaties.get(referentie);
  }

  debetPrestaties(p: Pick<Prestatie, 'ToewijzingNummer' | 'ProductPeriode' | 'ProductCategorie' | 'ProductCode'>): readonly PrestatieRecord[] {
    return this.debetPerProductperiode.get(productperiodeSleutel(p)) ?? [];
  }

  creditsOp(debetReferentie: string): readonly PrestatieRecord[] {
    return this.creditsPerDebet.get(debetReferentie) ?? [];
  }

  /** Approved prestaties on a toewijzing, credits included. */
  goedgekeurdOp(toewijzingNummer: number): readonly PrestatieRecord[] {
    return this.perToewijzing.get(toewijzingNummer) ?? [];
  }

  /** Begindatum of the latest DeclaratiePeriode received (TR318). */
  vorigePeriode(): string | undefined {
    return this.laatstePeriode;
  }

  verwerkDeclaratie(b: Bericht<'323'>, ok: Geaccepteerd): void {
    const d = b.Declaratie;
    if (!ok('/Bericht/Declaratie')) return; // a rejected declaratie counts as never sent (IV087)
    const record: DeclaratieRecord = {
      nummer: d.DeclaratieNummer,
      identificatie: b.Header.BerichtIdentificatie.Identificatie,
      dagtekening: b.Header.BerichtIdentificatie.Dagtekening,
      periode: d.DeclaratiePeriode,
      totaal: d.TotaalIngediendBedrag,
      xsdVersie: b.Header.XsdVersie,
      prestaties: [],
      beantwoord: false,
    };
    this.perNummer.set(record.nummer, record);
    this.perIdentificatie.set(record.identificatie, record);
    if (!this.laatstePeriode || d.DeclaratiePeriode.Begindatum > this.laatstePeriode) this.laatstePeriode = d.DeclaratiePeriode.Begindatum;
    // Submitted prestaties are recorded here; which were approved, the declaratie-antwoord says.
    for (const c of d.Clienten.Client) {
      for (const p of c.Prestaties.Prestatie) {
        this.prestaties.set(p.ProductReferentie.ReferentieNummer, {
          ...p,
          bsn: c.Bsn,
          declaratieNummer: d.DeclaratieNummer,
          declaratieIdentificatie: record.identificatie,
          goedgekeurd: false,
          gecrediteerd: false,
        });
        record.prestaties.push(p.ProductReferentie.ReferentieNummer);
      }
    }
  }

  /**
   * A declaratie-antwoord: prestaties it does not list as rejected are approved (IV087 returns only
   * rejected ones); a rejected Header or DeclaratieAntwoord approves none.
   */
  verwerkAntwoord(b: Bericht<'325'>): void {
    const d = this.perIdentificatie.get(b.Header.DeclaratieIdentificatie.Identificatie);
    if (!d || d.beantwoord) return;
    d.beantwoord = true;
    const antwoord = b.DeclaratieAntwoord;
    if (!antwoord || b.Header.RetourCodes.RetourCode.some((c) => c !== '0200')) return;
    if (antwoord.RetourCodes.RetourCode.some((c) => c !== '0200' && c !== '8001')) return;
    const afgewezen = new Set((antwoord.Clienten?.Client ?? []).flatMap((c) => c.Prestaties.Prestatie.map((p) => p.ProductReferentie.ReferentieNummer)));
    for (const r of d.prestaties) if (!afgewezen.has(r)) this.keurGoed(r);
  }

  private keurGoed(referentie: string): void {
    const p = this.prestaties.get(referentie);
    if (!p || p.goedgekeurd) return;
    p.goedgekeurd = true;
    voegToe(this.perToewijzing, p.ToewijzingNummer, p);
    if (p.IngediendBedrag.DebetCredit === 'D') {
      voegToe(this.debetPerProductperiode, productperiodeSleutel(p), p);
      return;
    }
    const vorig = p.ProductReferentie.VorigReferentieNummer;
    if (!vorig) return;
    voegToe(this.creditsPerDebet, vorig, p);
    const debet = this.prestaties.get(vorig);
    if (debet) debet.gecrediteerd = true;
  }
}
