/**
 * Regie (305, 307): the aanbieder reports the start of a delivery and its stop. A stop follows a start
 * (OP072) and refers to it (OP155); after a temporary stop only a definitive one may follow without a
 * new start (OP377/OP378); removals and corrections go with StatusAanlevering 3, a correction removes
 * and re-delivers in one message (IV008).
 */
import { startzorgBericht, stopzorgBericht, verkort } from '../../standaard/berichten/bouwers';
import type { Bericht } from '../../standaard/berichten/catalogus';
import { redenCode } from '../../standaard/berichten/sjablonen';
import type { StartRecord } from '../../standaard/toestand/regie';
import type { ToewijzingVersie } from '../../standaard/toestand/toewijzingen';
import type { Actie, ActieVan } from '../acties';
import { ActieFout, kop, product, type PartijContext, type Uitgaand } from '../partij';

type StartProduct = Bericht<'305'>['Client']['StartProducten']['StartProduct'][number];
type StopProduct = Bericht<'307'>['Client']['StopProducten']['StopProduct'][number];
/** The actions about one delivery: they name its toewijzing (or, taakgericht, its product). */
export type RegieActie = ActieVan<'start' | 'stop' | 'start-verwijderen' | 'stop-verwijderen' | 'start-corrigeren' | 'stop-corrigeren'>;

function toewijzing(ctx: PartijContext, nummer: number | undefined): ToewijzingVersie | undefined {
  return nummer === undefined ? undefined : ctx.toestand.toewijzingen.actueleVersie(nummer);
}

/** The key fields of a start for a toewijzing (or, taakgericht, a product). */
function regieSleutel(ctx: PartijContext, a: RegieActie, begindatum: string): StartProduct {
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
function laatsteStart(ctx: PartijContext, bsn: string, a: RegieActie): StartRecord | undefined {
  const t = toewijzing(ctx, a.toewijzingNummer);
  const p = product(a.product) ?? t?.Product;
  const starts = ctx.toestand.regie.startsVoor(bsn, { ...(a.toewijzingNummer !== undefined && { ToewijzingNummer: a.toewijzingNummer }), ...(p && { Product: p }) });
  const kandidaten = starts.filter((s) => !s.verwijderd && (!a.begindatum || s.Begindatum === a.begindatum));
  return kandidaten.at(-1);
}

export function startBericht(ctx: PartijContext, a: Pick<Actie, 'dagtekening'>, bsn: string, producten: StartProduct[]): Uitgaand {
  return { nummer: '305', bericht: startzorgBericht({ ...kop(ctx, a), client: verkort(ctx.client(bsn)), producten }) };
}

export function stopBericht(ctx: PartijContext, a: Pick<Actie, 'dagtekening'>, bsn: string, producten: StopProduct[]): Uitgaand {
  return { nummer: '307', bericht: stopzorgBericht({ ...kop(ctx, a), client: verkort(ctx.client(bsn)), producten }) };
}

function alsStartProduct(s: StartRecord): StartProduct {
  const { bsn: _b, volgnummer: _v, verwijderd: _w, ...p } = s;
  return p;
}

export function regieActie(ctx: PartijContext, a: RegieActie, bsn: string): Uitgaand[] {
  switch (a.actie) {
    case 'start':
      return [startBericht(ctx, a, bsn, [regieSleutel(ctx, a, a.begindatum)])];
    case 'stop': {
      const start = laatsteStart(ctx, bsn, a);
      if (!start) throw new ActieFout('er is geen gemelde start voor deze levering; een stop volgt pas na een start (OP072)');
      const actueel = ctx.toestand.regie.actueleStop(bsn, start);
      const reden = redenCode(ctx.domein, a.reden);
      if (actueel && actueel.RedenBeeindiging !== '20') {
        throw new ActieFout(`de levering is al definitief gestopt per ${actueel.Einddatum} (OP377, TR415)`);
      }
      if (actueel && reden === '20') {
        throw new ActieFout('na een tijdelijke stop volgt zonder nieuwe start alleen een definitieve stop (OP378)');
      }
      const { StatusAanlevering: _s, ...sleutel } = alsStartProduct(start);
      return [stopBericht(ctx, a, bsn, [{ ...sleutel, RedenBeeindiging: reden, Einddatum: a.einddatum, StatusAanlevering: '1' }])];
    }
    case 'start-verwijderen': {
      const start = laatsteStart(ctx, bsn, a);
      if (!start) throw new ActieFout('er is geen gemelde start om te verwijderen', 404);
      return [startBericht(ctx, a, bsn, [{ ...alsStartProduct(start), StatusAanlevering: '3' }])];
    }
    case 'start-corrigeren': {
      const start = laatsteStart(ctx, bsn, a);
      if (!start) throw new ActieFout('er is geen gemelde start om te corrigeren', 404);
      return [
        startBericht(ctx, a, bsn, [
          { ...alsStartProduct(start), StatusAanlevering: '3' },
          { ...alsStartProduct(start), Begindatum: a.nieuweBegindatum, StatusAanlevering: '1' },
        ]),
      ];
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
  }
}
