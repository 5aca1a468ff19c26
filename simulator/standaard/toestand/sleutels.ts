/** Logical keys and small shared definitions of the exchange state. */
import type { Bericht } from '../berichten/catalogus';

export type ToegewezenProduct = Bericht<'301'>['Client']['ToegewezenProducten']['ToegewezenProduct'][number];
export type StartProduct = Bericht<'305'>['Client']['StartProducten']['StartProduct'][number];
export type StopProduct = Bericht<'307'>['Client']['StopProducten']['StopProduct'][number];
export type AangevraagdProduct = Bericht<'315'>['Client']['AangevraagdeProducten']['AangevraagdProduct'][number];
export type Prestatie = Bericht<'323'>['Declaratie']['Clienten']['Client'][number]['Prestaties']['Prestatie'][number];

/** Whether the class at a path was accepted by the retourbericht. */
export type Geaccepteerd = (pad: string) => boolean;

export const sleutel = (...delen: (string | number | undefined)[]) => delen.map((d) => d ?? '').join('|');

/** Adds to a list kept in a map under a key. */
export function voegToe<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** The logical key of a StartProduct (IV096): ToewijzingNummer, Product and Begindatum. */
export function startSleutel(bsn: string, p: Pick<StartProduct, 'ToewijzingNummer' | 'Product' | 'Begindatum'>): string {
  return sleutel(bsn, p.ToewijzingNummer, p.Product?.Categorie, p.Product?.Code, p.Begindatum);
}

/** The logical key of a StopProduct: the start's key plus RedenBeeindiging and Einddatum (extended in 3.2). */
export function stopSleutel(bsn: string, p: Pick<StopProduct, 'ToewijzingNummer' | 'Product' | 'Begindatum' | 'RedenBeeindiging' | 'Einddatum'>): string {
  return sleutel(startSleutel(bsn, p), p.RedenBeeindiging, p.Einddatum);
}

/** What a start or stop belongs to: the toewijzing, or (taakgericht, no toewijzing) the product. */
export function toewijzingSleutel(bsn: string, p: Pick<StartProduct, 'ToewijzingNummer' | 'Product'>): string {
  return sleutel(bsn, p.ToewijzingNummer ?? `${p.Product?.Categorie}/${p.Product?.Code ?? ''}`);
}

/** One delivery: same Bsn, ToewijzingNummer (or product) and Begindatum (TR413, TR414, TR415). */
export function leveringSleutel(bsn: string, p: Pick<StopProduct, 'ToewijzingNummer' | 'Begindatum' | 'Product'>): string {
  return sleutel(toewijzingSleutel(bsn, p), p.Begindatum);
}

/** A toewijzing withdrawn as if never given: Einddatum = Ingangsdatum with RedenWijziging 13 or 01. */
export function isVervallen(v: Pick<ToegewezenProduct, 'Einddatum' | 'Ingangsdatum' | 'RedenWijziging'>): boolean {
  return v.Einddatum === v.Ingangsdatum && (v.RedenWijziging === '13' || v.RedenWijziging === '01');
}

export function productperiodeSleutel(p: Pick<Prestatie, 'ToewijzingNummer' | 'ProductPeriode' | 'ProductCategorie' | 'ProductCode'>): string {
  return sleutel(p.ToewijzingNummer, p.ProductPeriode.Begindatum, p.ProductPeriode.Einddatum, p.ProductCategorie, p.ProductCode);
}
