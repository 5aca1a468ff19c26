/**
 * Shared by the declaratie rules (TR307 ... TR418, TR346): walking the prestaties of a 323 with their
 * class paths, finding the toewijzing a prestatie is on, calendar arithmetic (ISO weeks, Sundays,
 * months), the maximum volume of IV076/IV077/IV078, and building a 325 for the examples. Not a rule:
 * the catalogue only loads TRnnn files.
 */
import { declaratieAntwoordBericht } from '../../berichten/bouwers';
import type { Bericht } from '../../berichten/catalogus';
import { dagnummer, weekdag, kalenderweken, zondagen, dagen, maanden } from '../../berichten/datum';
import type { Domein } from '../../berichten/model';
import type { Sjablonen, Stap } from '../../berichten/sjablonen';
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

/** Every prestatie of a declaratie, in document order, with its client and class path. */
export function prestatiesVan(b: Bericht<'323'>): PrestatieInBericht[] {
  const uit: PrestatieInBericht[] = [];
  b.Declaratie.Clienten.Client.forEach((c, ci) =>
    c.Prestaties.Prestatie.forEach((p, pi) =>
      uit.push({ p, bsn: c.Bsn, klasse: `/Bericht/Declaratie/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]` }),
    ),
  );
  return uit;
}

export const isCredit = (p: Prestatie): boolean => p.IngediendBedrag.DebetCredit === 'C';

/** The current version of the toewijzing a prestatie is on, when it exists and belongs to this client. */
export function toewijzingVan(t: Toestand, bsn: string, nummer: number): ToewijzingVersie | undefined {
  const tw = t.toewijzingen.toewijzing(nummer);
  return tw && tw.bsn === bsn ? tw.versies.at(-1) : undefined;
}

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
  const v = toewijzingVan(t, x.bsn, x.p.ToewijzingNummer);
  return v && v.RedenWijziging !== '13' ? v : undefined;
}

// ---------------------------------------------------------------------------------------------
// Volume (IV076, IV077, IV078)

type Omvang = NonNullable<ToewijzingVersie['Omvang']>;

/** Outputgericht are the toewijzingen in Stuks (output) or Euro's; the others are inspanningsgericht. */
export const isOutputgericht = (o: Omvang): boolean => o.Eenheid === '82' || o.Eenheid === '83';

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

// ---------------------------------------------------------------------------------------------
// Examples

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
