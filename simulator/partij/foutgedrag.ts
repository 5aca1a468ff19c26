/**
 * How the receiving side's faults change its judgement: rules it skips, violations it invents where
 * the standard (since 3.2) allows the message, and a code put on the wrong berichtklasse. Each fault
 * is described in `fouten.ts`; this is the one place where it acts on an assessment.
 */
import type { Bericht } from '../standaard/berichten/catalogus';
import type { BeoordeelOpties, ExtraOvertreding } from '../standaard/regels/beoordeling';
import type { RegelContext } from '../standaard/regels/regel';
import { FOUTEN } from './fouten';

interface MetFouten {
  heeftFout(naam: string): boolean;
  readonly config: { fouten: readonly string[] };
}

export function foutOpties(s: MetFouten): BeoordeelOpties {
  const zonder = new Set(FOUTEN.filter((f) => s.heeftFout(f.naam)).flatMap((f) => f.negeertRegels ?? []));
  const extra = (ctx: RegelContext): ExtraOvertreding[] => [
    ...(s.heeftFout('zelfde-einddatum-afkeuren') ? zelfdeEinddatum(ctx) : []),
    ...(s.heeftFout('stopsleutel-zonder-reden') ? sleutelZonderReden(ctx) : []),
    ...(s.heeftFout('oude-gemeentecode-afkeuren') ? oudeGemeentecode(ctx) : []),
    ...(s.heeftFout('producten-in-zelfde-periode-afkeuren') ? zelfdePeriode(ctx) : []),
  ];
  return {
    zonder,
    extra,
    ...(s.heeftFout('retourcode-op-verkeerde-klasse') && {
      // The code of a class below the Client lands on the Client instead.
      codeKlasse: (pad: string) => pad.replace(/^(\/Bericht\/(?:Client|Declaratie\/Clienten\/Client\[\d+\]))\/.+$/, '$1'),
    }),
    ...(s.heeftFout('goedgekeurde-prestaties-terugsturen') && { ookGoedgekeurdePrestaties: true }),
  };
}

const STOP = '/Bericht/Client/StopProducten/StopProduct';

/** As before 3.2: a definitive stop after a temporary one must have a later Einddatum. */
function zelfdeEinddatum(ctx: RegelContext): ExtraOvertreding[] {
  if (ctx.nummer !== '307') return [];
  const b = ctx.bericht as Bericht<'307'>;
  return b.Client.StopProducten.StopProduct.flatMap((p, i) => {
    const actueel = p.StatusAanlevering === '3' ? undefined : ctx.toestand.regie.actueleStop(b.Client.Bsn, p);
    return actueel && actueel.RedenBeeindiging === '20' && actueel.Einddatum === p.Einddatum
      ? [{ klasse: `${STOP}[${i + 1}]`, code: '9414', regel: 'TR414', melding: 'Einddatum gelijk aan die van de tijdelijke stop (fout: zelfde-einddatum-afkeuren)' }]
      : [];
  });
}

/** As before 3.2: the StopProduct key without RedenBeeindiging, so a definitive stop with the same Einddatum looks like a duplicate. */
function sleutelZonderReden(ctx: RegelContext): ExtraOvertreding[] {
  if (ctx.nummer !== '307') return [];
  const b = ctx.bericht as Bericht<'307'>;
  return b.Client.StopProducten.StopProduct.flatMap((p, i) => {
    if (p.StatusAanlevering === '3') return [];
    const dubbel = ctx.toestand.regie.stopsVanLevering(b.Client.Bsn, p).some((s) => !s.verwijderd && s.Einddatum === p.Einddatum);
    return dubbel ? [{ klasse: `${STOP}[${i + 1}]`, code: '9074', regel: 'TR074', melding: 'sleutel zonder RedenBeeindiging al ontvangen (fout: stopsleutel-zonder-reden)' }] : [];
  });
}

/** Only codes current today are accepted, also where TR378 accepts an old code. */
function oudeGemeentecode(ctx: RegelContext): ExtraOvertreding[] {
  const h = (ctx.bericht as { Header: { Afzender: string; Ontvanger: string } }).Header;
  const code = /^\d{4}$/.test(h.Afzender) ? h.Afzender : h.Ontvanger;
  return ctx.bronnen.gemeenteGeldigOp(code, ctx.systeemdatum)
    ? []
    : [{ klasse: '/Bericht/Header', code: 'S300', regel: 'TR378', melding: `gemeentecode ${code} is vandaag niet meer geldig (fout: oude-gemeentecode-afkeuren)` }];
}

/** A second debet prestatie in the same period on the same toewijzing is refused, whatever its product. */
function zelfdePeriode(ctx: RegelContext): ExtraOvertreding[] {
  if (ctx.nummer !== '323') return [];
  const b = ctx.bericht as Bericht<'323'>;
  const gezien = new Set<string>();
  const uit: ExtraOvertreding[] = [];
  b.Declaratie.Clienten.Client.forEach((c, ci) =>
    c.Prestaties.Prestatie.forEach((p, pi) => {
      if (p.IngediendBedrag.DebetCredit !== 'D') return;
      const k = `${p.ToewijzingNummer}|${p.ProductPeriode.Begindatum}|${p.ProductPeriode.Einddatum}`;
      const eerder = ctx.toestand.declaraties
        .goedgekeurdOp(p.ToewijzingNummer)
        .some((x) => x.IngediendBedrag.DebetCredit === 'D' && !x.gecrediteerd && x.ProductPeriode.Begindatum === p.ProductPeriode.Begindatum);
      if (gezien.has(k) || eerder) {
        uit.push({
          klasse: `/Bericht/Declaratie/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]`,
          code: '9389',
          regel: 'TR389',
          melding: 'al een debetprestatie in deze periode (fout: producten-in-zelfde-periode-afkeuren)',
        });
      }
      gezien.add(k);
    }),
  );
  return uit;
}
