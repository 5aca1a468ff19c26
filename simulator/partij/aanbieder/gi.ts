/**
 * A gecertificeerde instelling (GI, Jw) reports start and stop of every toewijzing by itself
 * (OP270/OP295): the aanbieder's reaction to a 301 it accepted.
 */
import type { Bericht } from '../../standaard/berichten/catalogus';
import { redenCode } from '../../standaard/berichten/sjablonen';
import { isVervallen } from '../../standaard/toestand/sleutels';
import type { PartijContext, Uitgaand } from '../partij';
import { startBericht, stopBericht } from './regie';

type StartProduct = Bericht<'305'>['Client']['StartProducten']['StartProduct'][number];
type StopProduct = Bericht<'307'>['Client']['StopProducten']['StopProduct'][number];

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
