import type { Bericht, Berichtnummer } from '../../berichten/catalogus';
import { Sjablonen } from '../../berichten/sjablonen';
import type { Toestand } from '../../toestand/toestand';
import { prestatiesVan } from '../berichtoverstijgend/declaratiehulp';
import { regel, type Overtreding, type RegelContext } from '../regel';
import { MET_KOP, voorBerichten } from '../condities/klassen';

type Kop = { Afzender: string; Ontvanger: string; BerichtIdentificatie: { Dagtekening: string } };

/** The gemeente sends 301, 319 and 325; in the other messages it is the Ontvanger. */
const VAN_GEMEENTE: ReadonlySet<Berichtnummer> = new Set(['301', '319', '325']);

/** Ingangsdatum of a toewijzing known by number. */
const ingang = (t: Toestand, nummer: number | undefined) => (nummer === undefined ? undefined : t.toewijzingen.actueleVersie(nummer)?.Ingangsdatum);

/** Dates a VOW refers to: the toewijzingen it names, and the GewensteIngangsdatum of new products. */
function vowData(t: Toestand, v: Bericht<'317'>['Client']['Verzoek']): (string | undefined)[] {
  return [
    ...(v.OngewijzigdeProducten?.OngewijzigdProduct ?? []).map((p) => ingang(t, p.ToewijzingNummer)),
    ...(v.TeWijzigenProducten?.TeWijzigenProduct ?? []).map((p) => ingang(t, p.ToewijzingNummer)),
    ...(v.NieuweProducten?.NieuwProduct ?? []).map((p) => p.GewensteIngangsdatum),
  ];
}

/**
 * The Ingangsdata of the toegewezen producten a message is about (or, for a VOT, the requested
 * ToewijzingIngangsdatum). An undefined entry: a line not related to a toewijzing.
 */
function peildata(ctx: RegelContext): (string | undefined)[] {
  const t = ctx.toestand;
  switch (ctx.nummer) {
    case '301':
      return (ctx.bericht as Bericht<'301'>).Client.ToegewezenProducten.ToegewezenProduct.map((p) => p.Ingangsdatum);
    case '305':
      return (ctx.bericht as Bericht<'305'>).Client.StartProducten.StartProduct.map((p) => ingang(t, p.ToewijzingNummer) ?? p.ToewijzingIngangsdatum);
    case '307':
      return (ctx.bericht as Bericht<'307'>).Client.StopProducten.StopProduct.map((p) => ingang(t, p.ToewijzingNummer) ?? p.ToewijzingIngangsdatum);
    case '315':
      return (ctx.bericht as Bericht<'315'>).Client.AangevraagdeProducten.AangevraagdProduct.map((p) => p.ToewijzingIngangsdatum);
    case '317':
      return vowData(t, (ctx.bericht as Bericht<'317'>).Client.Verzoek);
    case '319': {
      const v = t.verzoeken.verzoek((ctx.bericht as Bericht<'319'>).Antwoord.ReferentieAanbieder);
      if (v?.aangevraagd) return [v.aangevraagd.ToewijzingIngangsdatum];
      return v?.wijziging ? vowData(t, v.wijziging) : [];
    }
    case '323':
      return prestatiesVan(ctx.bericht as Bericht<'323'>).map(({ p }) => ingang(t, p.ToewijzingNummer));
    case '325': {
      const d = t.declaraties.metIdentificatie((ctx.bericht as Bericht<'325'>).Header.DeclaratieIdentificatie.Identificatie);
      return (d?.prestaties ?? []).map((r) => ingang(t, t.declaraties.prestatie(r)?.ToewijzingNummer));
    }
    default:
      return [];
  }
}

function gemeentecode(ctx: RegelContext): Overtreding[] {
  const kop = (ctx.bericht as { Header: Kop }).Header;
  const dagtekening = kop.BerichtIdentificatie.Dagtekening;
  const [code, element] = VAN_GEMEENTE.has(ctx.nummer) ? [kop.Afzender, 'Afzender'] : [kop.Ontvanger, 'Ontvanger'];
  const uit: Overtreding[] = [];
  const geldig = (datum: string) => ctx.bronnen.gemeenteGeldigOp(code, datum);
  // The current list, or (municipal merger, since 3.2) the list that was current on the Ingangsdatum
  // of every toegewezen product the message is about.
  const data = peildata(ctx);
  const oud = data.length > 0 && data.every((d) => d !== undefined && geldig(d));
  if (!geldig(dagtekening) && !oud) {
    const waarom = ctx.bronnen.gemeenteBestaat(code)
      ? `niet geldig op ${dagtekening}${data.length ? ' en niet op de ingangsdatum van elk betrokken toegewezen product' : ''}`
      : 'onbekend in de CBS-lijst';
    uit.push({ klasse: '/Bericht/Header', element, melding: `Gemeentecode ${code} is ${waarom}` });
  }
  // iJw only: the 319 can name the gemeente responsible under the woonplaatsbeginsel; it must be current.
  if (ctx.domein === 'jw' && ctx.nummer === '319') {
    const w = (ctx.bericht as Bericht<'319'>).Antwoord.Woonplaatsbeginsel?.Gemeente;
    if (w !== undefined && !ctx.bronnen.gemeenteGeldigOp(w, dagtekening)) {
      uit.push({ klasse: '/Bericht/Antwoord/Woonplaatsbeginsel', element: 'Gemeente', melding: `Gemeentecode ${w} is niet geldig op ${dagtekening}` });
    }
  }
  return uit;
}

/**
 * The same templates with another gemeente, one per example run and gemeente, so history and message
 * share the counter that numbers their identificaties.
 */
const andereGemeente = new WeakMap<Sjablonen, Map<string, Sjablonen>>();
function metGemeente(s: Sjablonen, gemeente: string): Sjablonen {
  const per = andereGemeente.get(s) ?? andereGemeente.set(s, new Map()).get(s)!;
  let g = per.get(gemeente);
  if (!g) per.set(gemeente, (g = new Sjablonen(s.domein, { ...s.opties, partijen: { ...s.opties.partijen, gemeente }, prefix: `G${gemeente}` })));
  return g;
}
/** Weesp (0457), merged into Amsterdam on 2022-03-24. */
const weesp = (s: Sjablonen) => metGemeente(s, '0457');

export const TR378 = regel({
  code: 'TR378',
  familie: 'externe-bron',
  retourcode: 'S300',
  omschrijving:
    'De gemeentecode in de Header (en in iJw de gemeente bij het woonplaatsbeginsel) staat in de CBS-lijst van gemeenten; na een herindeling mag de oude code nog voor toewijzingen die ingingen toen die code gold.',
  lezing:
    'Een code is goed als hij geldig is op de Dagtekening, of als hij geldig was op de Ingangsdatum van elk toegewezen product waar het bericht over gaat: in de 301 de ToegewezenProducten, in 305/307 de toewijzing achter het ToewijzingNummer ' +
    '(anders de ToewijzingIngangsdatum), in de 315 de ToewijzingIngangsdatum, in de 317 de genoemde toewijzingen en de GewensteIngangsdatum van nieuwe producten, in de 319 het beantwoorde verzoek, in 323/325 de toewijzingen van de prestaties. ' +
    "Een regel zonder zo'n datum (bijvoorbeeld taakgericht) laat de uitzondering vervallen. De gemeente bij het woonplaatsbeginsel (alleen iJw) moet geldig zijn op de Dagtekening.",
  controles: voorBerichten(MET_KOP, gemeentecode),
  voorbeelden: [
    {
      naam: 'onbekende gemeentecode',
      bericht: (s) => metGemeente(s, '9999').toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31' }),
      verwacht: { klasse: '/Bericht/Header' },
    },
    {
      naam: 'Weesp (0457) voor een toewijzing die na de herindeling ingaat',
      systeemdatum: '2022-04-15',
      bericht: (s) => weesp(s).toewijzing({ nummer: 1, ingang: '2022-04-01', eind: '2022-12-31', toewijzingsdatum: '2022-04-14' }),
      verwacht: { klasse: '/Bericht/Header' },
    },
    {
      naam: 'Weesp (0457) in een taakgerichte start na de herindeling',
      systeemdatum: '2022-04-15',
      bericht: (s) => weesp(s).start({ begin: '2022-04-04' }),
      verwacht: { klasse: '/Bericht/Header' },
    },
    {
      naam: 'Weesp (0457) in een verzoek om toewijzing vanaf na de herindeling',
      systeemdatum: '2022-04-15',
      bericht: (s) => weesp(s).vot({ referentie: 'VOT-1', ingang: '2022-05-01', eind: '2022-12-31' }),
      verwacht: { klasse: '/Bericht/Header' },
    },
    {
      naam: 'iJw: woonplaatsbeginsel met een vervallen gemeentecode',
      domeinen: ['jw'],
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' })],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '8', woonplaats: '0457' }),
      verwacht: { klasse: '/Bericht/Antwoord/Woonplaatsbeginsel' },
    },
    {
      naam: 'gangbare gemeentecode',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31' }),
      verwacht: 'goed',
    },
    {
      naam: 'Weesp (0457) voor een toewijzing die vóór de herindeling inging (3.2)',
      systeemdatum: '2022-04-15',
      bericht: (s) => weesp(s).toewijzing({ nummer: 1, ingang: '2022-01-01', eind: '2022-12-31', toewijzingsdatum: '2022-04-14' }),
      verwacht: 'goed',
    },
    {
      naam: 'Weesp (0457) in 2026 voor een toewijzing die in 2021 inging (3.2)',
      geschiedenis: (s) => [weesp(s).toewijzing({ nummer: 1, ingang: '2021-06-01', eind: '2026-12-31', toewijzingsdatum: '2021-05-20' }, { dagtekening: '2021-05-20' })],
      bericht: (s) => weesp(s).toewijzing({ nummer: 1, ingang: '2021-06-01', eind: '2026-09-30', reden: '05', toewijzingsdatum: '2026-06-30' }),
      verwacht: 'goed',
    },
    {
      naam: 'start bij Weesp (0457) op een toewijzing van vóór de herindeling (3.2)',
      systeemdatum: '2022-04-15',
      geschiedenis: (s) => [weesp(s).toewijzing({ nummer: 1, ingang: '2022-03-01', eind: '2022-12-31', toewijzingsdatum: '2022-02-20' }, { dagtekening: '2022-02-20' })],
      bericht: (s) => weesp(s).start({ nummer: 1, ingang: '2022-03-01', begin: '2022-04-04' }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om toewijzing bij Weesp (0457) met ingang vóór de herindeling (3.2)',
      systeemdatum: '2022-04-15',
      bericht: (s) => weesp(s).vot({ referentie: 'VOT-1', ingang: '2022-03-01', eind: '2022-12-31' }),
      verwacht: 'goed',
    },
    {
      naam: 'nieuwe gemeente Dijk en Waard (1980) na de herindeling',
      bericht: (s) => metGemeente(s, '1980').toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31' }),
      verwacht: 'goed',
    },
    {
      naam: 'iJw: woonplaatsbeginsel met een geldige gemeentecode',
      domeinen: ['jw'],
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-08-01', eind: '2026-12-31' })],
      bericht: (s) => s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '8', woonplaats: '0363' }),
      verwacht: 'goed',
    },
  ],
});
