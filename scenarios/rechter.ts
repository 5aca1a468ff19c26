/**
 * The suite's one judge of everything a system under test sends. After a scenario's last step (and
 * a short wait for stragglers), it reads our simulated party's log of the whole exchange: every
 * message of the system under test, and what our party made of it (the rules' verdict, its
 * inspection of who sent it to whom, IV034, IV028 for a retourbericht; `simulator/partij/keuring.ts`)
 * — and holds it against what the scenario called for:
 * - every message of the system under test is one a step waited for (nothing extra, no copy, none
 *   about another client) — OP080: it is found by its content, never by arrival order;
 * - every finding and every rejection our party gave it is one a Dan sentence expected;
 * - every message it sent could be read (the schema) and every retourbericht belongs to exactly one
 *   heenbericht of ours (IV028), and each of our heenberichten got its retourbericht.
 * Each failure names the rule or IV it breaks, in Dutch.
 */
import { berichtnaam, berichtInfo, klasseNaam, type Berichttype } from '../simulator/standaard/berichten/catalogus';
import { afwijzendeCodes } from '../simulator/standaard/regels/beoordeling';
import { ALLE_REGELS } from '../simulator/standaard/regels/catalogus';
import { codeVan } from '../simulator/standaard/regels/regel';
import { tegenrol, type Rol } from '../simulator/standaard/woorden';
import type { LogBericht } from './client';
import type { Stap } from './model';
import type { Waarneming } from './speler';

/** A refusal by a koppelvlak (StUF Fo01/Fo03 codes of the switch or of StUF), not by the rules of a message. */
const KOPPELVLAKCODE = /^(IB|StUF|RIN)\d+$/;

/** The retourcode of each rule, to tell an expected finding from an unexpected one. */
const CODE_VAN_REGEL = new Map(ALLE_REGELS.map((r) => [r.code, codeVan(r)]));

function naam(b: LogBericht): string {
  const type = b.berichttype ? berichtnaam(berichtInfo(b.berichttype as Berichttype).nummer) : 'bericht (onbekend type)';
  return `${type}${b.bsn ? ` over cliënt ${b.bsn}` : ''}${b.identificatie ? ` (Identificatie ${b.identificatie})` : ''}`;
}

/** The retourcodes a step's Dan sentences expect on its message. */
function verwachteCodes(stap: Stap): { code: string; klasse?: string }[] {
  return Array.isArray(stap.verwacht.retour) ? stap.verwacht.retour : [];
}

/** Whether a message type is a heenbericht that gets a retourbericht. */
function heeftRetour(type: Berichttype | null): boolean {
  return !!type && !berichtInfo(type).isRetour;
}

/** Our party's log ids of the heenberichten whose step expects no retourbericht on them (`retour === 'geen'`). */
export function geenRetourVan(waarnemingen: readonly Waarneming[]): Set<string> {
  return new Set(waarnemingen.filter((w) => w.stap.verwacht.retour === 'geen').flatMap((w) => w.berichten.map((b) => b.id)));
}

/** Whether a message is a heenbericht of ours that still waits for its retourbericht (not one of `geenRetour`). */
export function wachtOpRetour(b: LogBericht, geenRetour: ReadonlySet<string>): boolean {
  return b.richting === 'uit' && !b.gerelateerd && !geenRetour.has(b.id) && heeftRetour(b.berichttype);
}

/**
 * What is wrong with the exchange of a scenario, in Dutch; empty: nothing. `log`: our party's whole
 * log of the scenario; `waarnemingen`: what each step waited for and saw.
 */
export function oordeel(log: readonly LogBericht[], waarnemingen: readonly Waarneming[], sutRol: Rol): string[] {
  const uit: string[] = [];
  /** Our party's log ids of the messages the steps waited for, with the step. */
  const geclaimd = new Map<string, Stap>();
  for (const w of waarnemingen) for (const b of [...w.berichten, ...w.volgt]) if (b.id) geclaimd.set(b.id, w.stap);
  const geenRetourVerwacht = geenRetourVan(waarnemingen);

  /** Rejections nobody expected: a retourcode on a message that no Dan sentence of its step names. */
  const onverwacht = (b: LogBericht, stap: Stap | undefined, wie: string) => {
    const verwacht = stap ? verwachteCodes(stap) : [];
    for (const r of b.retourcodes ?? []) {
      for (const c of afwijzendeCodes(r.codes)) {
        if (!verwacht.some((v) => v.code === c && (!v.klasse || v.klasse === r.pad)))
          uit.push(`${naam(b)}: ${wie} keurde af met ${c} op ${klasseNaam(r.pad)}, wat het scenario niet verwacht`);
      }
    }
  };
  const wij = `onze ${tegenrol(sutRol)}`;

  for (const b of log) {
    const info = b.berichttype ? berichtInfo(b.berichttype as Berichttype) : undefined;
    if (b.richting === 'in') {
      // A message of the system under test.
      // The SUT's koppelvlak answering one of our messages (a StUF Fo01): the steps judge what our message got.
      if (!b.berichttype && b.gerelateerd) continue;
      const envelopfout = !b.berichttype ? b.bevindingen.find((f) => KOPPELVLAKCODE.test(f.regel ?? '')) : undefined;
      if (envelopfout) {
        // Our side of the chain refusing a first delivery on purpose (a @keten-fo01 scenario) is no fault of the system under test.
        if (envelopfout.regel === 'IB103') continue;
        uit.push(`de koppeling weigerde een envelop van de SUT: ${envelopfout.regel}: ${envelopfout.melding}`);
        continue;
      }
      if (b.status === 'afgekeurd') {
        uit.push(
          `de SUT stuurde een ${naam(b)} dat niet aan het berichtschema voldoet (IV028: geen retourbericht): ${b.bevindingen.map((x) => `${x.pad}: ${x.melding}`).join('; ')}`,
        );
        continue;
      }
      if (b.status === 'ontvangen') {
        uit.push(`een ${naam(b)} van de SUT was na afloop nog niet verwerkt`);
        continue;
      }
      const stap = geclaimd.get(b.id);
      if (!info?.isRetour && !stap) {
        uit.push(
          `de SUT stuurde een ${naam(b)} waar geen stap van het scenario om vroeg: een extra bericht, een kopie of een over een andere cliënt (OP080: een bericht hoort bij een stap door zijn inhoud, niet door zijn volgorde)`,
        );
      }
      const verwacht = stap ? verwachteCodes(stap) : [];
      for (const f of b.bevindingen) {
        const code = CODE_VAN_REGEL.get(f.regel);
        if (code && verwacht.some((v) => v.code === code)) continue;
        uit.push(`${naam(b)} van de SUT: ${f.regel} ${klasseNaam(f.pad)}: ${f.melding}`);
      }
      if (!info?.isRetour) onverwacht(b, stap, wij);
    } else if (info && !info.isRetour) {
      // One of our heenberichten: the system under test answers it with one retourbericht (IV028).
      if (wachtOpRetour(b, geenRetourVerwacht)) {
        uit.push(`de SUT stuurde geen retourbericht op ons ${naam(b)} (IV028: op ieder heenbericht volgt één retourbericht)`);
      }
      onverwacht(b, geclaimd.get(b.id), 'de SUT');
    }
  }
  return [...new Set(uit)];
}
