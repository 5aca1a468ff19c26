/**
 * Reading a received retourbericht back into codes per berichtklasse of the heenbericht it answers,
 * in the same form the assessment gives (`Retourcode`), so a SUT's retourbericht can be compared
 * with the one the standard requires, and its accepted classes taken into the exchange state.
 */
import { berichtInfo, type Bericht, type Berichttype, type Getypt } from '../berichten/catalogus';
import type { Acceptatie } from '../toestand/toestand';
import { afwijzendeCodes, klassenVan, type Retourcode } from './beoordeling';

function codesOp(bericht: unknown, pad: string): string[] | undefined {
  let w: unknown = bericht;
  for (const stuk of pad.split('/').slice(2)) {
    const m = /^(\w+)(?:\[(\d+)\])?$/.exec(stuk)!;
    w = (w as Record<string, unknown> | undefined)?.[m[1]!];
    if (m[2]) w = (w as unknown[] | undefined)?.[Number(m[2]) - 1];
  }
  return (w as { RetourCodes?: { RetourCode: string[] } } | undefined)?.RetourCodes?.RetourCode;
}

/**
 * The codes of a retourbericht per class, paths as in the heenbericht. A Header without codes and
 * without body (a fully approved message, IV028) reads as Header 0200.
 */
export function retourcodesVan(retourType: Berichttype, retour: unknown, heen?: unknown): Retourcode[] {
  const info = berichtInfo(retourType);
  const header = (retour as { Header: { RetourCodes?: { RetourCode: string[] } } }).Header.RetourCodes?.RetourCode ?? [];
  const uit: Retourcode[] = [{ berichtklasse: 'Header', pad: '/Bericht/Header', codes: header.length ? header : ['0200'] }];
  if (info.nummer === '325') {
    const a = (retour as Bericht<'325'>).DeclaratieAntwoord;
    if (!a) return uit;
    uit.push({ berichtklasse: 'DeclaratieAntwoord', pad: '/Bericht/Declaratie', codes: a.RetourCodes.RetourCode });
    // Clients and prestaties are returned only when rejected; find them back in the declaratie by Bsn
    // and ReferentieNummer (the first with that value), through an index so the answer is read in linear time.
    const clienten = new Map<string, { i: number; prestaties: Map<string, number> }>();
    (heen as Bericht<'323'> | undefined)?.Declaratie.Clienten.Client.forEach((c, i) => {
      if (clienten.has(c.Bsn)) return;
      const prestaties = new Map<string, number>();
      c.Prestaties.Prestatie.forEach((p, j) => {
        if (!prestaties.has(p.ProductReferentie.ReferentieNummer)) prestaties.set(p.ProductReferentie.ReferentieNummer, j);
      });
      clienten.set(c.Bsn, { i, prestaties });
    });
    for (const c of a.Clienten?.Client ?? []) {
      const gevonden = clienten.get(c.Bsn);
      const cpad = gevonden ? `/Bericht/Declaratie/Clienten/Client[${gevonden.i + 1}]` : `/Bericht/Declaratie/Clienten/Client[Bsn=${c.Bsn}]`;
      uit.push({ berichtklasse: 'Client', pad: cpad, codes: c.RetourCodes.RetourCode });
      for (const p of c.Prestaties.Prestatie) {
        const ref = p.ProductReferentie.ReferentieNummer;
        const pi = gevonden?.prestaties.get(ref);
        const ppad = pi !== undefined ? `${cpad}/Prestaties/Prestatie[${pi + 1}]` : `${cpad}/Prestaties/Prestatie[ReferentieNummer=${ref}]`;
        uit.push({ berichtklasse: 'Prestatie', pad: ppad, codes: p.RetourCodes.RetourCode });
      }
    }
    return uit;
  }
  for (const k of klassenVan(retourType, retour)) {
    if (k.naam === 'Header') continue;
    const codes = codesOp(retour, k.pad);
    if (codes) uit.push({ berichtklasse: k.naam, pad: k.pad, codes });
  }
  return uit;
}

/** Which berichtklassen of our heenbericht a retourbericht rejected, from its RetourCodes (IV028, IV087). */
export function acceptatieUitRetour(retour: Getypt): Acceptatie {
  const codes = retourcodesVan(retour.type, retour.bericht);
  const afgewezen = (c: readonly string[]) => afwijzendeCodes(c).length > 0;
  if (afgewezen(codes[0]!.codes)) return { geen: true };
  if (retour.nummer === '325') {
    // The declaratie is taken in unless rejected as a whole; its prestaties get their verdict from the 325 itself.
    const antwoord = codes.find((c) => c.berichtklasse === 'DeclaratieAntwoord');
    return !antwoord || afgewezen(antwoord.codes) ? { geen: true } : { alles: true };
  }
  const lijst = codes
    .slice(1)
    .filter((c) => afgewezen(c.codes))
    .map((c) => c.pad);
  return lijst.length ? { afgewezen: lijst } : { alles: true };
}
