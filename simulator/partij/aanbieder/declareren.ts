/**
 * Declareren (323): the aanbieder declares a calendar month, within every limit of the toewijzing
 * (period, product, volume, contract tariff), and credits an approved prestatie (TR323, TR390, OP360).
 */
import { declaratieBericht } from '../../standaard/berichten/bouwers';
import type { Bericht } from '../../standaard/berichten/catalogus';
import { dagen, dagnummer, eersteDag, laatsteDag, maandVan, plusDagen, volgendeMaand, weekdag } from '../../standaard/berichten/datum';
import { isVervallen } from '../../standaard/toestand/sleutels';
import type { ToewijzingVersie } from '../../standaard/toestand/toewijzingen';
import type { ActieVan } from '../acties';
import { ActieFout, kop, product, type PartijContext, type Uitgaand } from '../partij';

type Prestatie = Bericht<'323'>['Declaratie']['Clienten']['Client'][number]['Prestaties']['Prestatie'][number];

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
function prestatieVoor(ctx: PartijContext, v: ToewijzingVersie, maand: string, opgave?: NonNullable<ActieVan<'declareren'>['prestaties']>[number]): Prestatie | undefined {
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
      const gedeclareerd = ctx.toestand.declaraties
        .goedgekeurdOp(v.ToewijzingNummer)
        .reduce((s, p) => s + (p.IngediendBedrag.DebetCredit === 'C' ? -p.GeleverdVolume : p.GeleverdVolume), 0);
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

export function declareer(ctx: PartijContext, a: ActieVan<'declareren'>): Uitgaand {
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

export function crediteer(ctx: PartijContext, a: ActieVan<'crediteren'>): Uitgaand {
  const debet = ctx.toestand.declaraties.prestatie(a.referentie);
  if (debet?.IngediendBedrag.DebetCredit !== 'D') throw new ActieFout(`er is geen debetprestatie ${a.referentie}`, 404);
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
