/**
 * Shared by the declaratie rules (TR307 ... TR418, TR346): walking the prestaties of a 323 or 325 with
 * their class paths, the toewijzing a prestatie is judged against, the maximum volume of
 * IV076/IV077/IV078, the running total over the looptijd (TR322, TR369), and example data (a 325 on a
 * declaratie, contract tariffs). Not a rule: the catalogue only loads TRnnn files.
 */
import { declaratieAntwoordBericht } from '../../berichten/bouwers';
import type { Bericht } from '../../berichten/catalogus';
import { dagnummer, weekdag, kalenderweken, zondagen, dagen, maanden } from '../../berichten/datum';
import type { Domein } from '../../woorden';
import type { Sjablonen, Stap } from '../../berichten/sjablonen';
import type { Tarief } from '../../bronnen/bronnen';
import type { Prestatie } from '../../toestand/sleutels';
import type { Toestand } from '../../toestand/toestand';
import type { ToewijzingVersie } from '../../toestand/toewijzingen';

export type { Prestatie };

export interface PrestatieInBericht {
  readonly p: Prestatie;
  readonly bsn: string;
  /** /Bericht/Declaratie/Clienten/Client[i]/Prestaties/Prestatie[j] */
  readonly klasse: string;
}

/** Walked once per declaratie: every 323 rule asks for the same list (messages are not changed once built). */
const PRESTATIES = new WeakMap<Bericht<'323'>, readonly PrestatieInBericht[]>();

/** Every prestatie of a declaratie, in document order, with its client and class path. */
export function prestatiesVan(b: Bericht<'323'>): readonly PrestatieInBericht[] {
  const bekend = PRESTATIES.get(b);
  if (bekend) return bekend;
  const uit: PrestatieInBericht[] = [];
  b.Declaratie.Clienten.Client.forEach((c, ci) =>
    c.Prestaties.Prestatie.forEach((p, pi) => uit.push({ p, bsn: c.Bsn, klasse: `/Bericht/Declaratie/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]` })),
  );
  PRESTATIES.set(b, uit);
  return uit;
}

type AntwoordPrestatie = NonNullable<NonNullable<Bericht<'325'>['DeclaratieAntwoord']>['Clienten']>['Client'][number]['Prestaties']['Prestatie'][number];

/** Every prestatie a declaratie-antwoord lists, with its class path (TR366, TR367). */
export function antwoordPrestatiesVan(b: Bericht<'325'>): { readonly p: AntwoordPrestatie; readonly bsn: string; readonly klasse: string }[] {
  return (b.DeclaratieAntwoord?.Clienten?.Client ?? []).flatMap((c, ci) =>
    c.Prestaties.Prestatie.map((p, pi) => ({ p, bsn: c.Bsn, klasse: `/Bericht/DeclaratieAntwoord/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]` })),
  );
}

export const isCredit = (p: Prestatie): boolean => p.IngediendBedrag.DebetCredit === 'C';

/** How the rules on a prestatie's period against its toewijzing (TR307, TR308) were read. */
export const TEGEN_ACTUELE_TOEWIJZING =
  'Getoetst tegen de actuele versie van de toewijzing. Een creditprestatie maakt alleen een goedgekeurde debet ongedaan en wordt niet opnieuw aan de toewijzing getoetst (IV085).';

/**
 * The toewijzing a debet prestatie is judged against by the content rules (period, product, unit,
 * volume, tariff), or undefined when they leave it alone: a credit only undoes an approved debet
 * (IV085, key fields by TR323), an unknown client is TR304's, an unknown toewijzing TR338's and a
 * removed one (RedenWijziging 13) TR384's.
 */
export function teBeoordelen(t: Toestand, x: PrestatieInBericht): ToewijzingVersie | undefined {
  if (isCredit(x.p)) return undefined;
  const v = t.toewijzingen.versieVan(x.p.ToewijzingNummer, x.bsn);
  return v && v.RedenWijziging !== '13' ? v : undefined;
}

// ---------------------------------------------------------------------------------------------
// Volume (IV076, IV077, IV078)

type Omvang = NonNullable<ToewijzingVersie['Omvang']>;

/** Outputgericht are the toewijzingen in Stuks (output) or Euro's; the others are inspanningsgericht. */
const isOutputgericht = (o: Omvang): boolean => o.Eenheid === '82' || o.Eenheid === '83';

/**
 * How many of the prestatie's unit make one unit of the toewijzing: 1 for the same unit, 60 for
 * minutes declared on hours (TR341, IV081); undefined when they do not fit (TR341 reports that).
 */
export function omrekening(toegewezen: string, gedeclareerd: string): number | undefined {
  if (toegewezen === gedeclareerd) return 1;
  if (toegewezen === '04' && gedeclareerd === '01') return 60;
  return undefined;
}

/** The last Sunday on or before a date. */
function laatsteZondag(datum: string): number {
  const e = dagnummer(datum);
  return e - ((weekdag(e) + 1) % 7);
}

/**
 * The maximum volume of one ProductPeriode, in the toewijzing's unit (TR321). Per week: the calendar
 * weeks of the period (inspanningsgericht) or its Sundays, plus the last broken week when the period
 * holds the toewijzing's last Sunday (outputgericht); Wmo huishoudelijke hulp (category 01) per week
 * always 6 weeks. Per month and in total: the volume itself, per day: the days of the period.
 */
export function maximumInPeriode(domein: Domein, v: ToewijzingVersie, periode: { Begindatum: string; Einddatum: string }): number | undefined {
  const o = v.Omvang;
  if (!o) return undefined;
  switch (o.Frequentie) {
    case '1':
      return o.Volume * dagen(periode.Begindatum, periode.Einddatum);
    case '2': {
      // Wmo only (TR321, IV077): huishoudelijke hulp per week may be declared up to 6 times the weekly volume.
      if (domein === 'wmo' && v.Product?.Categorie === '01') return 6 * o.Volume;
      if (!isOutputgericht(o)) return o.Volume * kalenderweken(periode.Begindatum, periode.Einddatum);
      let weken = zondagen(periode.Begindatum, periode.Einddatum);
      if (v.Einddatum && weekdag(dagnummer(v.Einddatum)) !== 6) {
        const z = laatsteZondag(v.Einddatum);
        if (z >= dagnummer(periode.Begindatum) && z <= dagnummer(periode.Einddatum)) weken++;
      }
      return o.Volume * weken;
    }
    case '4':
    case '6':
      return o.Volume;
    default:
      return undefined;
  }
}

/** The maximum volume over the whole toewijzing, in its unit (TR322); undefined when open-ended. */
export function maximumInLooptijd(v: ToewijzingVersie): number | undefined {
  const o = v.Omvang;
  if (!o) return undefined;
  if (o.Frequentie === '6') return o.Volume;
  if (!v.Einddatum) return undefined;
  switch (o.Frequentie) {
    case '1':
      return o.Volume * dagen(v.Ingangsdatum, v.Einddatum);
    case '2':
      if (!isOutputgericht(o)) return o.Volume * kalenderweken(v.Ingangsdatum, v.Einddatum);
      return o.Volume * (zondagen(v.Ingangsdatum, v.Einddatum) + (weekdag(dagnummer(v.Einddatum)) === 6 ? 0 : 1));
    case '4':
      return o.Volume * maanden(v.Ingangsdatum, v.Einddatum);
    default:
      return undefined;
  }
}

/** A debet prestatie that takes its toewijzing over the maximum over the looptijd (TR322, TR369). */
export interface Overschrijding {
  readonly x: PrestatieInBericht;
  readonly v: ToewijzingVersie;
  /** The total the prestatie would bring the toewijzing to, and the maximum, in the toewijzing's measure. */
  readonly totaal: number;
  readonly maximum: number;
}

/**
 * The running total per toewijzing of TR322 (volume) and TR369 (Budget): it starts from the approved
 * history (debet minus credit); first the credits of this message on approved, not yet credited debets
 * come off (OP366), then each debet counts in document order, and one that brings the total over the
 * maximum is reported and not counted. `waarde` is a prestatie in the toewijzing's measure, undefined
 * when the rule does not apply to that toewijzing.
 */
export function overMaximum(
  t: Toestand,
  b: Bericht<'323'>,
  maat: {
    readonly waarde: (v: ToewijzingVersie, p: Prestatie) => number | undefined;
    readonly eerder: (v: ToewijzingVersie) => number;
    readonly maximum: (v: ToewijzingVersie) => number | undefined;
  },
): Overschrijding[] {
  const prestaties = prestatiesVan(b);
  const som = new Map<number, number>();
  const huidig = (v: ToewijzingVersie): number => som.get(v.ToewijzingNummer) ?? maat.eerder(v);
  for (const x of prestaties) {
    if (!isCredit(x.p)) continue;
    const debet = t.declaraties.prestatie(x.p.ProductReferentie.VorigReferentieNummer ?? '');
    const v = t.toewijzingen.versieVan(x.p.ToewijzingNummer, x.bsn);
    const w = v && maat.waarde(v, x.p);
    if (!v || w === undefined || !debet?.goedgekeurd || debet.gecrediteerd) continue;
    som.set(v.ToewijzingNummer, huidig(v) - w);
  }
  const uit: Overschrijding[] = [];
  for (const x of prestaties) {
    const v = teBeoordelen(t, x);
    const w = v && maat.waarde(v, x.p);
    const maximum = v && w !== undefined ? maat.maximum(v) : undefined;
    if (!v || w === undefined || maximum === undefined) continue;
    const totaal = huidig(v) + w;
    // A tiny margin: minutes are summed as fractions of an hour.
    if (totaal > maximum + 1e-9) uit.push({ x, v, totaal, maximum });
    else som.set(v.ToewijzingNummer, totaal);
  }
  return uit;
}

// ---------------------------------------------------------------------------------------------
// Examples

/** Contract tariffs of 50 euro per hour for the domains' standard products (07A12 Wmo, 45A04 Jw) at gemeente 0384. */
export const CONTRACT_IN_UREN: Tarief[] = [
  { domein: 'wmo', gemeente: '0384', productCode: '07A12', eenheid: '04', tarief: 5000 },
  { domein: 'jw', gemeente: '0384', productCode: '45A04', eenheid: '04', tarief: 5000 },
];

/** The declaratie most answer examples start from: May 2026, 10 units on toewijzing 1, identified DECL01. */
export function declaratieMei(s: Sjablonen): Stap {
  return s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }, { identificatie: 'DECL01' });
}

/** History: toewijzing 1 assigned for 2026 and started on 5 January, then `declaratieMei` received. */
export function geleverdEnGedeclareerd(s: Sjablonen): Stap[] {
  return [...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }), declaratieMei(s)];
}

/**
 * A declaratie-antwoord (325) on a declaratie built by the templates: every prestatie listed with
 * the given code (or none: fully approved, 8001), then adjusted by `wijzig` to break a rule.
 */
export function antwoordOp(declaratie: Stap, o: { code?: string; identificatie?: string; wijzig?: (b: Bericht<'325'>) => void } = {}): Stap {
  const heen = declaratie.bericht as Bericht<'323'>;
  const b = declaratieAntwoordBericht(heen, {
    identificatie: o.identificatie ?? 'ANTW000001',
    dagtekening: heen.Header.BerichtIdentificatie.Dagtekening,
    headerCodes: ['0200'],
    ...(o.code ? { prestatieCodes: () => [o.code!] } : {}),
    declaratieCodes: [o.code ? '0200' : '8001'],
    toegekend: o.code ? { TotaalBedrag: 0, DebetCredit: 'D' } : heen.Declaratie.TotaalIngediendBedrag,
  });
  o.wijzig?.(b);
  return { nummer: '325', bericht: b };
}
