/**
 * What a party checks on a message from its partner besides the rules of the message (those judge
 * in `standaard/regels`): that it comes from the partner and is addressed to this party, that its
 * XsdVersie is the one of the published 3.2 schemas (IV034), that its Dagtekening fits this party's
 * clock; and that a retourbericht on one of our messages is made as IV028 says: the heenbericht
 * copied unchanged, retourcodes only where IV028 puts them. Its findings are logged with the
 * message and do not change the retourbericht (no retourcode exists for them); the conformance
 * suite fails a scenario on any of them.
 */
import type { Getypt } from '../standaard/berichten/catalogus';
import { plusDagen } from '../standaard/berichten/datum';
import type { Bevinding } from '../standaard/berichten/validator';
import { afwijzendeCodes, type Retourcode } from '../standaard/regels/beoordeling';
import type { Domein } from '../standaard/woorden';
import type { Partij } from './partij';

/**
 * XsdVersie values of release 3.2 (IV034: as in the appinfo of the schema the message is based on).
 * The published iJw 3.2 schemas carry 0.1.0, the published iJw examples 1.0.0; both are accepted.
 */
export const XSD_VERSIES: Readonly<Record<Domein, readonly string[]>> = { wmo: ['1.0.0'], jw: ['0.1.0', '1.0.0'] };

/** How far a Dagtekening may lie before this party's date and still be a message of now. */
const DAGEN_OUD = 30;

type Kop = {
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: { Dagtekening: string };
  XsdVersie: { BasisschemaXsdVersie: string; BerichtXsdVersie: string };
};

function kopbevindingen(partij: Partij, kop: Kop, afzender: string, ontvanger: string, welk: string): Bevinding[] {
  const uit: Bevinding[] = [];
  if (kop.Afzender !== afzender)
    uit.push({ pad: '/Bericht/Header/Afzender', melding: `${welk}: Afzender ${kop.Afzender} is niet de partij van deze uitwisseling (${afzender})`, regel: 'Header' });
  if (kop.Ontvanger !== ontvanger)
    uit.push({ pad: '/Bericht/Header/Ontvanger', melding: `${welk}: Ontvanger ${kop.Ontvanger} is niet deze partij (${ontvanger})`, regel: 'Header' });
  const versies = XSD_VERSIES[partij.domein];
  for (const veld of ['BasisschemaXsdVersie', 'BerichtXsdVersie'] as const) {
    if (!versies.includes(kop.XsdVersie[veld]))
      uit.push({ pad: `/Bericht/Header/XsdVersie/${veld}`, melding: `${veld} ${kop.XsdVersie[veld]} is niet die van de 3.2-schema's (${versies.join(' of ')})`, regel: 'IV034' });
  }
  return uit;
}

/** A heenbericht from the partner: from it, to us, with 3.2's XsdVersie, dated now. */
export function keurHeen(partij: Partij, b: Getypt): Bevinding[] {
  const { gemeente, aanbieder } = partij.config;
  const [afzender, ontvanger] = partij.rol === 'gemeente' ? [aanbieder, gemeente] : [gemeente, aanbieder];
  const kop: Kop = b.bericht.Header;
  const uit = kopbevindingen(partij, kop, afzender, ontvanger, b.type);
  const dag = kop.BerichtIdentificatie.Dagtekening;
  const oudste = plusDagen(partij.systeemdatum, -DAGEN_OUD);
  if (dag < oudste)
    uit.push({
      pad: '/Bericht/Header/BerichtIdentificatie/Dagtekening',
      melding: `Dagtekening ${dag} ligt meer dan ${DAGEN_OUD} dagen vóór de datum van de ontvanger (${partij.systeemdatum}): geen bericht van nu`,
      regel: 'Header',
    });
  return uit;
}

/** Elements a retourbericht adds to what it copies (IV028): its own identification, version, code, and the retourcodes. */
const EIGEN_AAN_RETOUR: ReadonlySet<string> = new Set(['RetourCodes', 'IdentificatieRetour', 'DagtekeningRetour', 'XsdVersieRetour', 'BerichtCode']);

/** The places a retourbericht differs from the heenbericht in what it must copy unchanged. */
function afwijkingen(retour: unknown, heen: unknown, pad: string, uit: string[]): void {
  if (retour !== null && typeof retour === 'object') {
    if (heen === null || typeof heen !== 'object') {
      uit.push(pad);
      return;
    }
    if (Array.isArray(retour)) {
      retour.forEach((r, i) => afwijkingen(r, (heen as unknown[])[i], `${pad}[${i + 1}]`, uit));
      return;
    }
    for (const [k, v] of Object.entries(retour)) {
      if (EIGEN_AAN_RETOUR.has(k)) continue;
      afwijkingen(v, (heen as Record<string, unknown>)[k], `${pad}/${k}`, uit);
    }
    return;
  }
  if (retour !== heen) uit.push(pad);
}

/**
 * A retourbericht (not the 325: IV087 and its rules judge that one) on our heenbericht, against
 * IV028: everything but its own additions copied unchanged, the Header only when the Header is
 * rejected, 0001 only on the Header, 0200/0233 only beside a rejection elsewhere. `retourcodes`:
 * the retour's codes per class, as `retourcodesVan` reads them.
 */
export function keurRetour(partij: Partij, retour: Getypt, heen: Getypt, retourcodes: readonly Retourcode[]): Bevinding[] {
  const uit: Bevinding[] = [];
  const verschil: string[] = [];
  afwijkingen(retour.bericht, heen.bericht, '/Bericht', verschil);
  for (const pad of verschil.slice(0, 5)) uit.push({ pad, melding: `het retourbericht neemt ${pad} niet ongewijzigd over uit het heenbericht`, regel: 'IV028' });
  const header = retourcodes.find((k) => k.pad === '/Bericht/Header');
  const overig = retourcodes.filter((k) => k.pad !== '/Bericht/Header');
  if (header && afwijzendeCodes(header.codes).length && overig.length) {
    uit.push({ pad: '/Bericht/Client', melding: 'de Header is afgekeurd, dan bevat het retourbericht alleen de Header', regel: 'IV028' });
  }
  for (const k of overig) {
    if (k.codes.includes('0001')) uit.push({ pad: k.pad, melding: 'retourcode 0001 hoort alleen op de Header', regel: 'IV028' });
  }
  if (overig.length && !overig.some((k) => afwijzendeCodes(k.codes).length)) {
    uit.push({ pad: '/Bericht/Client', melding: 'het retourbericht neemt berichtklassen over zonder dat er één is afgekeurd (bij goedkeuring alleen de Header)', regel: 'IV028' });
  }
  const kop: Kop = retour.bericht.Header;
  const { gemeente, aanbieder } = partij.config;
  const [afzender, ontvanger] = partij.rol === 'gemeente' ? [gemeente, aanbieder] : [aanbieder, gemeente];
  // The copied Header names us as Afzender of the heenbericht; the generic comparison covers it, this says it plainly.
  if (kop.Afzender !== afzender || kop.Ontvanger !== ontvanger) {
    uit.push({
      pad: '/Bericht/Header',
      melding: `het retourbericht hoort Afzender ${afzender} en Ontvanger ${ontvanger} van het heenbericht over te nemen, niet ${kop.Afzender} en ${kop.Ontvanger}`,
      regel: 'IV028',
    });
  }
  return uit;
}
