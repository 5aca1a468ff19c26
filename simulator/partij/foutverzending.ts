/**
 * How a party's faults change what it sends: a Header that breaks IV034, a retourbericht that does
 * not copy the heenbericht (IV028) or comes twice, a declaratie-antwoord that changes a prestatie
 * (TR367) or does not add up (TR342), a message sent twice (TR056) or first a copy about another client (OP080). The suite's
 * judge must catch each; `fouten.ts` describes them, this is the one place they act on a message.
 */
import { testBsn } from '../standaard/berichten/bsn';
import { plusDagen } from '../standaard/berichten/datum';
import type { Getypt } from '../standaard/berichten/catalogus';

interface MetFouten {
  heeftFout(naam: string): boolean;
}

/** A copy to change: the original stays as the pipeline built it. */
function kopie(b: Getypt): Getypt {
  return structuredClone(b);
}

/** Another ToewijzingNummer in the range of LDT_Nummer: the other client's assignment is not this one's. */
function anderNummer(n: number): number {
  return n >= 500_000_000 ? n - 400_000_000 : n + 400_000_000;
}

/** Every Bsn in a value replaced (a client's, or each client's of a declaratie), and every ToewijzingNummer. */
function andereClient(w: unknown, bsn: string): void {
  if (Array.isArray(w)) for (const x of w) andereClient(x, bsn);
  else if (w && typeof w === 'object') {
    const o = w as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if (k === 'Bsn' && typeof v === 'string') o[k] = bsn;
      else if (k === 'ToewijzingNummer' && typeof v === 'number') o[k] = anderNummer(v);
      else andereClient(v, bsn);
    }
  }
}

/** The heenberichten a party with faults sends for one it built. */
export function heenVerzendingen(p: MetFouten, b: Getypt): Getypt[] {
  let bericht = b;
  if (p.heeftFout('xsdversie-verkeerd')) {
    bericht = kopie(bericht);
    bericht.bericht.Header.XsdVersie.BerichtXsdVersie = '9.9.9';
  }
  const uit = [bericht];
  if (p.heeftFout('eerst-andere-client')) {
    // Another client, another identification: a message of its own, sent before the one that belongs to the step.
    const ander = kopie(bericht);
    andereClient(ander.bericht, testBsn(2999));
    const id = ander.bericht.Header.BerichtIdentificatie;
    id.Identificatie = `${id.Identificatie.slice(0, 11)}X`;
    uit.unshift(ander);
  }
  if (p.heeftFout('bericht-dubbel')) uit.push(bericht);
  return uit;
}

/** The retourberichten (or 325) a party with faults sends for one it built. */
export function retourVerzendingen(p: MetFouten, r: Getypt): Getypt[] {
  let retour = r;
  if (p.heeftFout('retour-kop-gewijzigd') && retour.nummer !== '325') {
    retour = kopie(retour);
    // A system that fills in its own Dagtekening instead of copying the heenbericht's: schema-valid, so only IV028 sees it.
    const id = retour.bericht.Header.BerichtIdentificatie;
    id.Dagtekening = plusDagen(id.Dagtekening, 1);
  }
  if (p.heeftFout('retour-afzender-verwisseld') && retour.nummer !== '325') {
    retour = kopie(retour);
    // An AGB code where a gemeente code belongs and the reverse: the retour fails the schema.
    const kop = retour.bericht.Header;
    [kop.Afzender, kop.Ontvanger] = [kop.Ontvanger, kop.Afzender];
  }
  if (p.heeftFout('antwoord-prestatie-gewijzigd') && retour.nummer === '325') {
    retour = kopie(retour);
    if (retour.nummer === '325') {
      const prestatie = retour.bericht.DeclaratieAntwoord?.Clienten?.Client[0]?.Prestaties.Prestatie[0];
      if (prestatie) prestatie.GeleverdVolume += 1;
    }
  }
  if (p.heeftFout('antwoord-totaal-fout') && retour.nummer === '325') {
    retour = kopie(retour);
    // The 325's arithmetic (TR342): a euro granted that no rejected prestatie accounts for.
    const antwoord = retour.nummer === '325' ? retour.bericht.DeclaratieAntwoord : undefined;
    if (antwoord) antwoord.TotaalToegekendBedrag.TotaalBedrag += 100;
  }
  const uit = [retour];
  if (p.heeftFout('nagekomen-retour') && retour.nummer !== '325') {
    const tweede = kopie(retour);
    const kop = tweede.bericht.Header;
    if ('IdentificatieRetour' in kop) kop.IdentificatieRetour = `${kop.IdentificatieRetour.slice(0, 11)}2`;
    uit.push(tweede);
  }
  return uit;
}
