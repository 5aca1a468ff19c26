/** Declaraties (323) with their prestaties, and which prestaties the gemeente approved (325). */
import type { Bericht } from '../berichten/catalogus';
import { productperiodeSleutel, sleutel, voegToe, type Geaccepteerd, type Prestatie } from './sleutels';

export interface PrestatieRecord extends Prestatie {
  readonly bsn: string;
  readonly declaratieNummer: string;
  readonly declaratieIdentificatie: string;
  /** Approved by the gemeente: not listed as rejected in the declaratie-antwoord (325). */
  goedgekeurd: boolean;
  /** An approved credit has this prestatie as VorigReferentieNummer. */
  gecrediteerd: boolean;
}

/** Every declaratie received, accepted or not: a 325 answers each one (TR337, TR371, TR376). */
export interface OntvangenDeclaratie {
  readonly identificatie: string;
  readonly dagtekening: string;
  readonly nummer: string;
  readonly xsdVersie: { BasisschemaXsdVersie: string; BerichtXsdVersie: string };
}

/** An accepted declaratie, with the references of its prestaties, until its 325 says which were approved. */
export interface DeclaratieRecord extends OntvangenDeclaratie {
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
  /** Approved debets per ToewijzingNummer that no approved credit has undone yet (TR385). */
  private readonly openDebetsPerToewijzing = new Map<number, Set<PrestatieRecord>>();
  /** Approved GeleverdVolume per ToewijzingNummer and Eenheid, debet minus credit (TR322). */
  private readonly nettoVolume = new Map<string, number>();
  /** Approved IngediendBedrag per ToewijzingNummer, debet minus credit (TR369). */
  private readonly nettoBedrag = new Map<number, number>();
  private readonly ontvangenPerIdentificatie = new Map<string, OntvangenDeclaratie>();
  private readonly ontvangenNummers = new Set<string>();
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

  /** An approved debet with the same key that has no approved credit yet (TR389), if there is one. */
  openDebet(p: Pick<Prestatie, 'ToewijzingNummer' | 'ProductPeriode' | 'ProductCategorie' | 'ProductCode'>, behalve?: ReadonlySet<string>): PrestatieRecord | undefined {
    // One list per key: it only grows with corrections of that one prestatie, not with the history.
    return (this.debetPerProductperiode.get(productperiodeSleutel(p)) ?? []).find((r) => !r.gecrediteerd && !behalve?.has(r.ProductReferentie.ReferentieNummer));
  }

  /** Approved debets on a toewijzing not yet credited, in order of approval (TR385). */
  openDebetsOp(toewijzingNummer: number): readonly PrestatieRecord[] {
    return [...(this.openDebetsPerToewijzing.get(toewijzingNummer) ?? [])];
  }

  creditsOp(debetReferentie: string): readonly PrestatieRecord[] {
    return this.creditsPerDebet.get(debetReferentie) ?? [];
  }

  /** Approved prestaties on a toewijzing, credits included. */
  goedgekeurdOp(toewijzingNummer: number): readonly PrestatieRecord[] {
    return this.perToewijzing.get(toewijzingNummer) ?? [];
  }

  /** Net approved GeleverdVolume on a toewijzing in one Eenheid (TR322). */
  nettoVolumeOp(toewijzingNummer: number, eenheid: string): number {
    return this.nettoVolume.get(sleutel(toewijzingNummer, eenheid)) ?? 0;
  }

  /** Net approved IngediendBedrag on a toewijzing (TR369). */
  nettoBedragOp(toewijzingNummer: number): number {
    return this.nettoBedrag.get(toewijzingNummer) ?? 0;
  }

  /** A declaratie received with this BerichtIdentificatie/Identificatie, even when it was rejected. */
  ontvangen(identificatie: string): OntvangenDeclaratie | undefined {
    return this.ontvangenPerIdentificatie.get(identificatie);
  }

  /** Whether a declaratie with this DeclaratieNummer was ever received, even when it was rejected. */
  nummerOntvangen(nummer: string): boolean {
    return this.ontvangenNummers.has(nummer);
  }

  /** Begindatum of the latest DeclaratiePeriode received (TR318). */
  vorigePeriode(): string | undefined {
    return this.laatstePeriode;
  }

  verwerkDeclaratie(b: Bericht<'323'>, ok: Geaccepteerd): void {
    const d = b.Declaratie;
    const id = b.Header.BerichtIdentificatie;
    const ontvangen: OntvangenDeclaratie = { identificatie: id.Identificatie, dagtekening: id.Dagtekening, nummer: d.DeclaratieNummer, xsdVersie: b.Header.XsdVersie };
    // Every declaratie gets its 325, also a rejected one: remember what the answer must refer to.
    this.ontvangenPerIdentificatie.set(id.Identificatie, ontvangen);
    this.ontvangenNummers.add(d.DeclaratieNummer);
    if (!ok('/Bericht/Declaratie')) return; // a rejected declaratie counts as never sent (IV087)
    const record: DeclaratieRecord = { ...ontvangen, prestaties: [], beantwoord: false };
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
    const teken = p.IngediendBedrag.DebetCredit === 'C' ? -1 : 1;
    const kv = sleutel(p.ToewijzingNummer, p.Eenheid);
    this.nettoVolume.set(kv, (this.nettoVolume.get(kv) ?? 0) + teken * p.GeleverdVolume);
    this.nettoBedrag.set(p.ToewijzingNummer, (this.nettoBedrag.get(p.ToewijzingNummer) ?? 0) + teken * p.IngediendBedrag.Bedrag);
    if (p.IngediendBedrag.DebetCredit === 'D') {
      voegToe(this.debetPerProductperiode, productperiodeSleutel(p), p);
      if (!p.gecrediteerd) {
        const open = this.openDebetsPerToewijzing.get(p.ToewijzingNummer) ?? this.openDebetsPerToewijzing.set(p.ToewijzingNummer, new Set()).get(p.ToewijzingNummer)!;
        open.add(p);
      }
      return;
    }
    const vorig = p.ProductReferentie.VorigReferentieNummer;
    if (!vorig) return;
    voegToe(this.creditsPerDebet, vorig, p);
    const debet = this.prestaties.get(vorig);
    if (!debet) return;
    debet.gecrediteerd = true;
    this.openDebetsPerToewijzing.get(debet.ToewijzingNummer)?.delete(debet);
  }
}
