/**
 * The reference aanbieder: business steps that produce heenberichten (305, 307, 315, 317, 323),
 * following the business rules: a stop follows a start (OP072) and refers to it (OP155); after a
 * temporary stop only a definitive one may follow without a new start (OP377/OP378); corrections
 * remove and re-deliver in one message (IV008); a VOW carries every current toewijzing (TR349);
 * declarations stay within the toewijzing (period, product, volume). A gecertificeerde instelling
 * (GI, Jw) reports start and stop of every toewijzing by itself (OP270/OP295).
 */
import { declaratieBericht, startzorgBericht, stopzorgBericht, verkort, verzoekOmToewijzingBericht, verzoekOmWijzigingBericht } from '../standaard/berichten/bouwers';
import type { Bericht } from '../standaard/berichten/catalogus';
import { dagen, dagnummer, eersteDag, laatsteDag, maandVan, plusDagen, volgendeMaand, weekdag } from '../standaard/berichten/datum';
import { DOMEINCODES, redenCode } from '../standaard/berichten/sjablonen';
import type { StartRecord } from '../standaard/toestand/regie';
import { isVervallen } from '../standaard/toestand/sleutels';
import type { ToewijzingVersie } from '../standaard/toestand/toewijzingen';
import type { Actie, ProductJson } from './acties';
import { ActieFout, kop, omvang, product, type PartijContext, type Uitgaand } from './partij';

type StartProduct = Bericht<'305'>['Client']['StartProducten']['StartProduct'][number];
type StopProduct = Bericht<'307'>['Client']['StopProducten']['StopProduct'][number];
type Prestatie = Bericht<'323'>['Declaratie']['Clienten']['Client'][number]['Prestaties']['Prestatie'][number];

/** The product a request names: null for none, absent for the domain's standard product. */
function gevraagdProduct(ctx: PartijContext, p: ProductJson | null | undefined): { Categorie: string; Code?: string } | undefined {
  return p === null ? undefined : (product(p) ?? DOMEINCODES[ctx.domein].product);
}

function toewijzing(ctx: PartijContext, nummer: number | undefined): ToewijzingVersie | undefined {
  return nummer === undefined ? undefined : ctx.toestand.toewijzingen.actueleVersie(nummer);
}

/** The key fields of a start for a toewijzing (or, taakgericht, a product). */
function regieSleutel(ctx: PartijContext, a: Actie, begindatum: string): StartProduct {
  const t = toewijzing(ctx, a.toewijzingNummer);
  if (a.toewijzingNummer !== undefined && !t) throw new ActieFout(`toewijzing ${a.toewijzingNummer} is niet ontvangen`, 404);
  const p = product(a.product) ?? t?.Product;
  const ingang = a.toewijzingIngangsdatum ?? t?.Ingangsdatum;
  return {
    ...(a.toewijzingNummer !== undefined && { ToewijzingNummer: a.toewijzingNummer }),
    ...(p && { Product: p }),
    ...(ingang && { ToewijzingIngangsdatum: ingang }),
    Begindatum: begindatum,
    StatusAanlevering: '1',
  };
}

/** The latest start of the delivery this action is about that is not removed. */
function laatsteStart(ctx: PartijContext, bsn: string, a: Actie): StartRecord | undefined {
  const t = toewijzing(ctx, a.toewijzingNummer);
  const p = product(a.product) ?? t?.Product;
  const starts = ctx.toestand.regie.startsVoor(bsn, { ...(a.toewijzingNummer !== undefined && { ToewijzingNummer: a.toewijzingNummer }), ...(p && { Product: p }) });
  const kandidaten = starts.filter((s) => !s.verwijderd && (!a.begindatum || s.Begindatum === a.begindatum));
  return kandidaten.at(-1);
}

function startBericht(ctx: PartijContext, a: Pick<Actie, 'dagtekening'>, bsn: string, producten: StartProduct[]): Uitgaand {
  return { nummer: '305', bericht: startzorgBericht({ ...kop(ctx, a), client: verkort(ctx.client(bsn)), producten }) };
}

function stopBericht(ctx: PartijContext, a: Pick<Actie, 'dagtekening'>, bsn: string, producten: StopProduct[]): Uitgaand {
  return { nummer: '307', bericht: stopzorgBericht({ ...kop(ctx, a), client: verkort(ctx.client(bsn)), producten }) };
}

function alsStartProduct(s: StartRecord): StartProduct {
  const { bsn: _b, volgnummer: _v, verwijderd: _w, ...p } = s;
  return p;
}

export function aanbiederActie(ctx: PartijContext, a: Actie): Uitgaand[] {
  const bsn = a.bsn ?? ctx.toestand.toewijzingen.toewijzing(a.toewijzingNummer ?? -1)?.bsn ?? ctx.standaardBsn;
  switch (a.actie) {
    case 'start':
      return [startBericht(ctx, a, bsn, [regieSleutel(ctx, a, a.begindatum!)])];
    case 'stop': {
      const start = laatsteStart(ctx, bsn, a);
      if (!start) throw new ActieFout('er is geen gemelde start voor deze levering; een stop volgt pas na een start (OP072)');
      const actueel = ctx.toestand.regie.actueleStop(bsn, start);
      const reden = redenCode(ctx.domein, a.reden!);
      if (actueel && actueel.RedenBeeindiging !== '20') {
        throw new ActieFout(`de levering is al definitief gestopt per ${actueel.Einddatum} (OP377, TR415)`);
      }
      if (actueel && reden === '20') {
        throw new ActieFout('na een tijdelijke stop volgt zonder nieuwe start alleen een definitieve stop (OP378)');
      }
      const { StatusAanlevering: _s, ...sleutel } = alsStartProduct(start);
      return [stopBericht(ctx, a, bsn, [{ ...sleutel, RedenBeeindiging: reden, Einddatum: a.einddatum!, StatusAanlevering: '1' }])];
    }
    case 'start-verwijderen': {
      const start = laatsteStart(ctx, bsn, a);
      if (!start) throw new ActieFout('er is geen gemelde start om te verwijderen', 404);
      return [startBericht(ctx, a, bsn, [{ ...alsStartProduct(start), StatusAanlevering: '3' }])];
    }
    case 'start-corrigeren': {
      const start = laatsteStart(ctx, bsn, a);
      if (!start) throw new ActieFout('er is geen gemelde start om te corrigeren', 404);
      return [startBericht(ctx, a, bsn, [{ ...alsStartProduct(start), StatusAanlevering: '3' }, { ...alsStartProduct(start), Begindatum: a.nieuweBegindatum!, StatusAanlevering: '1' }])];
    }
    case 'stop-verwijderen':
    case 'stop-corrigeren': {
      const start = laatsteStart(ctx, bsn, a);
      const stop = start && ctx.toestand.regie.actueleStop(bsn, start);
      if (!stop) throw new ActieFout('er is geen actuele stop voor deze levering', 404);
      const { bsn: _b, volgnummer: _v, verwijderd: _w, ...oud } = stop;
      const weg: StopProduct = { ...oud, StatusAanlevering: '3' };
      if (a.actie === 'stop-verwijderen') return [stopBericht(ctx, a, bsn, [weg])];
      const nieuw: StopProduct = {
        ...oud,
        ...(a.reden && { RedenBeeindiging: redenCode(ctx.domein, a.reden) }),
        ...(a.einddatum && { Einddatum: a.einddatum }),
        StatusAanlevering: '1',
      };
      return [stopBericht(ctx, a, bsn, [weg, nieuw])];
    }
    case 'verzoek-om-toewijzing':
      return [
        {
          nummer: '315',
          bericht: verzoekOmToewijzingBericht({
            ...kop(ctx, a),
            client: verkort(ctx.client(bsn)),
            producten: a.producten!.map((p) => {
              const pr = gevraagdProduct(ctx, p.product);
              const o = omvang(p.omvang);
              return {
                ReferentieAanbieder: p.referentieAanbieder ?? ctx.nieuweReferentie('VOT'),
                ...(pr && { Product: pr }),
                ToewijzingIngangsdatum: p.ingangsdatum,
                ...(p.einddatum && { ToewijzingEinddatum: p.einddatum }),
                ...(o && { Omvang: o }),
                ...(p.budget !== undefined && { Budget: p.budget }),
                Verwijzer: { Type: '01', Naam: 'Gemeente' },
              };
            }),
          }),
        },
      ];
    case 'verzoek-om-wijziging': {
      const teWijzigen = a.teWijzigen ?? [];
      const nummers = new Set(teWijzigen.map((t) => t.toewijzingNummer));
      // TR349: every current toewijzing is in the request, changed or unchanged.
      const ongewijzigd = ctx.heeftFout('vow-onvolledig')
        ? []
        : ctx.toestand.toewijzingen.actueel(bsn, ctx.systeemdatum).filter((v) => !nummers.has(v.ToewijzingNummer)).map((v) => ({ ToewijzingNummer: v.ToewijzingNummer }));
      const verzoek: Bericht<'317'>['Client']['Verzoek'] = {
        ReferentieAanbieder: a.referentieAanbieder ?? ctx.nieuweReferentie('VOW'),
        RedenVerzoek: '1',
        ...(ongewijzigd.length && { OngewijzigdeProducten: { OngewijzigdProduct: ongewijzigd } }),
        ...(teWijzigen.length && {
          TeWijzigenProducten: {
            TeWijzigenProduct: teWijzigen.map((t) => {
              const o = omvang(t.omvang);
              return {
                ToewijzingNummer: t.toewijzingNummer,
                GewensteIngangsdatum: t.ingangsdatum,
                ...(t.einddatum && { Einddatum: t.einddatum }),
                ...(o && { Omvang: o }),
                ...(t.budget !== undefined && { Budget: t.budget }),
              };
            }),
          },
        }),
        ...(a.nieuw?.length && {
          NieuweProducten: {
            NieuwProduct: a.nieuw.map((n) => {
              const pr = gevraagdProduct(ctx, n.product);
              const o = omvang(n.omvang);
              return {
                ...(pr && { Product: pr }),
                GewensteIngangsdatum: n.ingangsdatum,
                ...(n.einddatum && { Einddatum: n.einddatum }),
                ...(o && { Omvang: o }),
                ...(n.budget !== undefined && { Budget: n.budget }),
              };
            }),
          },
        }),
      };
      return [{ nummer: '317', bericht: verzoekOmWijzigingBericht({ ...kop(ctx, a), bsn, verzoek }) }];
    }
    case 'declareren':
      return [declareer(ctx, a)];
    case 'crediteren':
      return [crediteer(ctx, a)];
    default:
      throw new ActieFout(`de actie '${a.actie}' hoort niet bij een aanbieder`, 409);
  }
}

// ---------------------------------------------------------------------------------------------
// Declareren

/** Full weeks (Monday to Sunday) inside a period: a volume per week never overshoots a month or the toewijzing. */
function geheleWeken(begin: string, eind: string): number {
  const b = dagnummer(begin);
  const eersteMaandag = b + ((7 - weekdag(b)) % 7);
  return Math.max(0, Math.floor((dagnummer(eind) - eersteMaandag + 1) / 7));
}

function volgendeDeclaratiemaand(ctx: PartijContext): string {
  const vorige = ctx.toestand.declaraties.vorigePeriode();
  return vorige ? volgendeMaand(maandVan(vorige)) : maandVan(plusDagen(eersteDag(maandVan(ctx.systeemdatum)), -1));
}

let declaratieTeller = 0;
function nieuwDeclaratieNummer(maand: string): string {
  declaratieTeller = (declaratieTeller + 1) % 1000;
  return `D${maand.replace('-', '')}${Date.now().toString(36).slice(-2).toUpperCase()}${String(declaratieTeller).padStart(3, '0')}`.slice(0, 12);
}

/** The prestatie the reference aanbieder declares on a toewijzing for a month, within every limit of the toewijzing. */
function prestatieVoor(ctx: PartijContext, v: ToewijzingVersie, maand: string, opgave?: NonNullable<Actie['prestaties']>[number]): Prestatie | undefined {
  const begin = [eersteDag(maand), v.Ingangsdatum].sort().at(-1)!;
  const eind = [laatsteDag(maand), v.Einddatum ?? '9999-12-31'].sort()[0]!;
  if (begin > eind) return undefined;
  const pr = product(opgave?.product) ?? v.Product;
  if (!pr?.Code) throw new ActieFout(`toewijzing ${v.ToewijzingNummer} heeft geen productcode; geef het gedeclareerde product op`);
  const eenheid = opgave?.eenheid ?? v.Omvang?.Eenheid ?? '83';
  let volume = opgave?.volume;
  if (volume === undefined) {
    const o = v.Omvang;
    if (!o) volume = 0;
    else if (o.Frequentie === '1') volume = o.Volume * dagen(begin, eind);
    else if (o.Frequentie === '2') volume = o.Volume * geheleWeken(begin, eind);
    else if (o.Frequentie === '4') volume = o.Volume;
    else {
      const gedeclareerd = ctx.toestand.declaraties.goedgekeurdOp(v.ToewijzingNummer).reduce((s, p) => s + (p.IngediendBedrag.DebetCredit === 'C' ? -p.GeleverdVolume : p.GeleverdVolume), 0);
      volume = Math.max(0, o.Volume - gedeclareerd);
    }
  }
  if (volume === 0) return undefined;
  const contract = ctx.bronnen.tarief(ctx.domein, ctx.gemeente, pr.Code, eenheid, begin);
  const tarief = eenheid === '83' ? undefined : (opgave?.tarief ?? contract?.tarief ?? 5000);
  const bedrag = opgave?.bedrag ?? (eenheid === '83' ? volume : Math.round(((tarief ?? 0) * volume) / (contract && contract.eenheid === '04' && eenheid === '01' ? 60 : 1)));
  return {
    ProductReferentie: { ReferentieNummer: opgave?.referentie ?? ctx.nieuweReferentie('P') },
    ToewijzingNummer: v.ToewijzingNummer,
    ProductCategorie: pr.Categorie,
    ProductCode: pr.Code,
    ProductPeriode: { Begindatum: opgave?.begindatum ?? begin, Einddatum: opgave?.einddatum ?? eind },
    GeleverdVolume: volume,
    Eenheid: eenheid,
    ...(tarief !== undefined && { ProductTarief: tarief }),
    IngediendBedrag: { Bedrag: bedrag, DebetCredit: 'D' },
  };
}

function declareer(ctx: PartijContext, a: Actie): Uitgaand {
  const maand = a.maand ?? volgendeDeclaratiemaand(ctx);
  const perClient = new Map<string, Prestatie[]>();
  const voeg = (bsn: string, p: Prestatie | undefined) => p && (perClient.get(bsn) ?? perClient.set(bsn, []).get(bsn)!).push(p);
  if (a.prestaties?.length) {
    for (const opgave of a.prestaties) {
      const v = ctx.toestand.toewijzingen.actueleVersie(opgave.toewijzingNummer);
      if (!v) throw new ActieFout(`toewijzing ${opgave.toewijzingNummer} is niet ontvangen`, 404);
      voeg(v.bsn, prestatieVoor(ctx, v, maand, opgave));
    }
  } else {
    const bsns = a.bsn ? [a.bsn] : [ctx.standaardBsn];
    for (const bsn of bsns) {
      for (const t of ctx.toestand.toewijzingen.vanClient(bsn)) {
        const v = t.versies.at(-1)!;
        if (isVervallen(v) || !v.Product?.Code) continue;
        voeg(bsn, prestatieVoor(ctx, v, maand));
      }
    }
  }
  if (perClient.size === 0) throw new ActieFout(`er valt voor ${maand} niets te declareren`);
  return {
    nummer: '323',
    bericht: declaratieBericht({
      ...kop(ctx, a),
      declaratieNummer: a.declaratieNummer ?? nieuwDeclaratieNummer(maand),
      periode: { Begindatum: eersteDag(maand), Einddatum: laatsteDag(maand) },
      clienten: [...perClient].map(([bsn, prestaties]) => ({ bsn, prestaties })),
    }),
  };
}

function crediteer(ctx: PartijContext, a: Actie): Uitgaand {
  const debet = ctx.toestand.declaraties.prestatie(a.referentie!);
  if (!debet || debet.IngediendBedrag.DebetCredit !== 'D') throw new ActieFout(`er is geen debetprestatie ${a.referentie}`, 404);
  if (!debet.goedgekeurd) throw new ActieFout(`prestatie ${a.referentie} is niet goedgekeurd en kan niet gecrediteerd worden (TR323)`);
  if (debet.gecrediteerd) throw new ActieFout(`prestatie ${a.referentie} is al gecrediteerd (TR390, OP360)`);
  const maand = a.maand ?? volgendeDeclaratiemaand(ctx);
  const { bsn, declaratieNummer: _d, declaratieIdentificatie: _i, goedgekeurd: _g, gecrediteerd: _c, ...p } = debet;
  const credit: Prestatie = {
    ...p,
    ProductReferentie: { ReferentieNummer: ctx.nieuweReferentie('C'), VorigReferentieNummer: debet.ProductReferentie.ReferentieNummer },
    IngediendBedrag: { Bedrag: debet.IngediendBedrag.Bedrag, DebetCredit: 'C' },
  };
  return {
    nummer: '323',
    bericht: declaratieBericht({
      ...kop(ctx, a),
      declaratieNummer: nieuwDeclaratieNummer(maand),
      periode: { Begindatum: eersteDag(maand), Einddatum: laatsteDag(maand) },
      clienten: [{ bsn, prestaties: [credit] }],
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Automatic steps of a gecertificeerde instelling

/**
 * A GI reports start and stop of every toewijzing itself (OP270/OP295, Jw): a new toewijzing is
 * started on its Ingangsdatum; a toewijzing ended by the gemeente (einddatum with a RedenWijziging
 * other than a verlenging) is stopped on its Einddatum.
 */
export function giNaToewijzing(ctx: PartijContext, b: Bericht<'301'>, geaccepteerd: (pad: string) => boolean): Uitgaand[] {
  if (ctx.heeftFout('gi-zonder-start')) return [];
  const bsn = b.Client.Bsn;
  const starts: StartProduct[] = [];
  const stops: StopProduct[] = [];
  b.Client.ToegewezenProducten.ToegewezenProduct.forEach((tp, i) => {
    if (!geaccepteerd(`/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i + 1}]`) || isVervallen(tp)) return;
    const eerdere = ctx.toestand.regie.startsVoor(bsn, { ToewijzingNummer: tp.ToewijzingNummer }).filter((s) => !s.verwijderd);
    const sleutel = { ToewijzingNummer: tp.ToewijzingNummer, ...(tp.Product && { Product: tp.Product }), ToewijzingIngangsdatum: tp.Ingangsdatum };
    if (eerdere.length === 0) {
      starts.push({ ...sleutel, Begindatum: tp.Ingangsdatum, StatusAanlevering: '1' });
      return;
    }
    const start = eerdere.at(-1)!;
    if (tp.Einddatum && tp.RedenWijziging && tp.RedenWijziging !== '04' && !ctx.toestand.regie.actueleStop(bsn, start) && tp.Einddatum >= start.Begindatum) {
      stops.push({ ...sleutel, Begindatum: start.Begindatum, RedenBeeindiging: redenCode(ctx.domein, 'definitief'), Einddatum: tp.Einddatum, StatusAanlevering: '1' });
    }
  });
  return [...(starts.length ? [startBericht(ctx, {}, bsn, starts)] : []), ...(stops.length ? [stopBericht(ctx, {}, bsn, stops)] : [])];
}
