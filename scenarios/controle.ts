/**
 * Checks of what a step produced against what the case requires: the content of the heenbericht
 * and the codes of its retourbericht. Returns Dutch descriptions of every difference (empty: fine),
 * so the in-process replay, the simulator tests and the conformance steps report the same way.
 */
import type { Bericht } from '../simulator/standaard/berichten/catalogus';
import { afwijzendeCodes, type Retourcode } from '../simulator/standaard/regels/beoordeling';
import type { Inhoud, Verwachting } from './model';

type ToegewezenProduct = Bericht<'301'>['Client']['ToegewezenProducten']['ToegewezenProduct'][number];

function deelGelijk(verwacht: unknown, gevonden: unknown): boolean {
  if (verwacht !== null && typeof verwacht === 'object') {
    if (gevonden === null || typeof gevonden !== 'object') return false;
    return Object.entries(verwacht as Record<string, unknown>).every(([k, v]) => deelGelijk(v, (gevonden as Record<string, unknown>)[k]));
  }
  return verwacht === gevonden;
}

function toon(w: unknown): string {
  return JSON.stringify(w);
}

/**
 * Content checks. `bekendeNummers` are the ToewijzingNummers the exchange knew before this message
 * (to tell a stretched toewijzing from a new one, OP380/OP257).
 */
export function controleerInhoud(inhoud: readonly Inhoud[], bericht: unknown, bekendeNummers: ReadonlySet<number>, referentie?: string): string[] {
  const fouten: string[] = [];
  const producten = (bericht as Bericht<'301'>).Client?.ToegewezenProducten?.ToegewezenProduct ?? [];
  for (const i of inhoud) {
    switch (i.soort) {
      case 'toewijzing': {
        const kandidaten: ToegewezenProduct[] =
          i.nummer === 'nieuw' ? producten.filter((p) => !bekendeNummers.has(p.ToewijzingNummer)) : producten.filter((p) => p.ToewijzingNummer === i.nummer);
        const wie = i.nummer === 'nieuw' ? 'een nieuwe toewijzing (nieuw ToewijzingNummer)' : `toewijzing ${i.nummer}`;
        if (!kandidaten.length) {
          fouten.push(`het toewijzingsbericht bevat geen ${wie}; wel: ${producten.map((p) => p.ToewijzingNummer).join(', ') || 'niets'}`);
          break;
        }
        if (i.velden && !kandidaten.some((p) => deelGelijk(i.velden, p))) {
          fouten.push(`${wie} heeft niet ${toon(i.velden)}; gevonden: ${kandidaten.map((p) => toon(p)).join('; ')}`);
        }
        break;
      }
      case 'geen-nieuwe-toewijzing': {
        const nieuw = producten.filter((p) => !bekendeNummers.has(p.ToewijzingNummer)).map((p) => p.ToewijzingNummer);
        if (nieuw.length) fouten.push(`het toewijzingsbericht bevat een nieuwe toewijzing (${nieuw.join(', ')}) waar de bestaande had moeten worden opgerekt (OP380)`);
        break;
      }
      case 'referentie-overgenomen': {
        const zonder = producten.filter((p) => p.ReferentieAanbieder !== referentie && !bekendeNummers.has(p.ToewijzingNummer));
        if (!producten.some((p) => p.ReferentieAanbieder === referentie) || zonder.length) {
          fouten.push(
            `de toewijzing neemt de ReferentieAanbieder ${referentie} van het verzoek niet over (TR379); gevonden: ${producten.map((p) => p.ReferentieAanbieder ?? '(leeg)').join(', ')}`,
          );
        }
        break;
      }
      case 'antwoord': {
        const a = (bericht as Bericht<'319'>).Antwoord;
        if (!a) {
          fouten.push('geen antwoordbericht');
          break;
        }
        if (a.VerzoekAntwoord !== i.antwoord) fouten.push(`VerzoekAntwoord is ${a.VerzoekAntwoord}, verwacht ${i.antwoord}`);
        if (i.reden && a.RedenAfwijzingVerzoek !== i.reden) fouten.push(`RedenAfwijzingVerzoek is ${a.RedenAfwijzingVerzoek ?? '(leeg)'}, verwacht ${i.reden}`);
        if (i.woonplaatsbeginsel && a.Woonplaatsbeginsel?.Gemeente !== i.woonplaatsbeginsel) {
          fouten.push(`Woonplaatsbeginsel/Gemeente is ${a.Woonplaatsbeginsel?.Gemeente ?? '(leeg)'}, verwacht ${i.woonplaatsbeginsel}`);
        }
        break;
      }
      case 'start': {
        const s = (bericht as Bericht<'305'>).Client?.StartProducten?.StartProduct ?? [];
        if (!s.some((p) => p.ToewijzingNummer === i.nummer && p.StatusAanlevering === '1' && (!i.begindatum || p.Begindatum === i.begindatum))) {
          fouten.push(`geen start van toewijzing ${i.nummer}${i.begindatum ? ` per ${i.begindatum}` : ''}; gevonden: ${toon(s)}`);
        }
        break;
      }
      case 'stop': {
        const s = (bericht as Bericht<'307'>).Client?.StopProducten?.StopProduct ?? [];
        const past = s.some(
          (p) => p.ToewijzingNummer === i.nummer && p.StatusAanlevering === '1' && (!i.reden || p.RedenBeeindiging === i.reden) && (!i.einddatum || p.Einddatum === i.einddatum),
        );
        if (!past) fouten.push(`geen stop van toewijzing ${i.nummer}${i.reden ? ` met reden ${i.reden}` : ''}${i.einddatum ? ` per ${i.einddatum}` : ''}; gevonden: ${toon(s)}`);
        break;
      }
      case 'prestaties-afgewezen': {
        const n = ((bericht as Bericht<'325'>).DeclaratieAntwoord?.Clienten?.Client ?? []).reduce((t, c) => t + c.Prestaties.Prestatie.length, 0);
        if (n !== i.aantal) fouten.push(`het declaratie-antwoord bevat ${n} prestatie(s), verwacht ${i.aantal} afgewezen`);
        break;
      }
      case 'declaratie-antwoord': {
        const codes = (bericht as Bericht<'325'>).DeclaratieAntwoord?.RetourCodes.RetourCode ?? [];
        if (toon(codes) !== toon(i.codes)) fouten.push(`DeclaratieAntwoord heeft retourcode(s) ${codes.join(', ') || '(geen)'}, verwacht ${i.codes.join(', ')}`);
        break;
      }
    }
  }
  return fouten;
}

/** The codes a retourbericht gives, compared with the case: 'goedgekeurd' or exactly these codes on these classes. */
export function controleerRetour(verwacht: Exclude<Verwachting['retour'], 'geen' | undefined>, retourcodes: readonly Retourcode[]): string[] {
  const afwijkend = retourcodes.filter((r) => afwijzendeCodes(r.codes).length > 0);
  if (verwacht === 'goedgekeurd') {
    return afwijkend.length ? [`verwacht goedgekeurd, maar: ${afwijkend.map((r) => `${r.codes.join(',')} op ${r.berichtklasse} (${r.pad})`).join('; ')}`] : [];
  }
  // An expectation without a class counts the code wherever it is given.
  const zonderKlasse = new Set(verwacht.filter((v) => !v.klasse).map((v) => v.code));
  const gevonden = afwijkend.flatMap((r) => afwijzendeCodes(r.codes).map((code) => (zonderKlasse.has(code) ? code : `${code} op ${r.pad}`))).sort();
  const moet = verwacht.map((v) => (v.klasse ? `${v.code} op ${v.klasse}` : v.code)).sort();
  return toon([...new Set(gevonden)]) === toon([...new Set(moet)]) ? [] : [`verwacht ${moet.join('; ')}, gevonden ${gevonden.join('; ') || 'goedgekeurd'}`];
}
