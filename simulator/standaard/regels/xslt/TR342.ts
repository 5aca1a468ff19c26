import { geleverdEnGedeclareerd } from '../berichtoverstijgend/declaratiehulp';
import { metTeken } from '../condities/klassen';
import { aangepast, declaratieAntwoord } from '../condities/voorbeeldberichten';
import { regel, type Overtreding } from '../regel';
import { declaratieOpTwee, euro, tweeStarts, tweeToewijzingen, volledigAntwoord } from './hulp';

/** Approving codes: nothing wrong with the class, or the whole declaratie awarded. */
const goedkeurend = (c: string) => c === '0200' || c === '8001';

const ANTWOORD = '/Bericht/DeclaratieAntwoord';

export const TR342 = regel({
  code: 'TR342',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving:
    'Een declaratie-antwoord bevat alleen afgewezen prestaties. Is de DeclaratieAntwoord-klasse zelf afgekeurd, dan bevat het geen prestaties en is het TotaalToegekendBedrag 0; ' +
    'anders is de som van de IngediendBedragen van de meegestuurde prestaties (debet min credit) gelijk aan het TotaalIngediendBedrag min het TotaalToegekendBedrag.',
  lezing:
    'Een prestatie of klasse is afgewezen als haar RetourCodes een andere code dan 0200 of 8001 bevatten (ook 0233, niet beoordeeld wegens een afgekeurde Client). ' +
    'Een meegestuurde prestatie met alleen 0200 of 8001 is dus een overtreding. Bedragen worden met hun teken vergeleken (credit telt negatief). ' +
    'Is de Header afgekeurd, dan is er niets te toetsen.',
  controles: {
    '325': ({ bericht }) => {
      const d = bericht.DeclaratieAntwoord;
      if (!d || bericht.Header.RetourCodes.RetourCode.some((c) => !goedkeurend(c))) return [];
      const clienten = d.Clienten?.Client ?? [];
      const toegekend = metTeken(d.TotaalToegekendBedrag.TotaalBedrag, d.TotaalToegekendBedrag);
      if (d.RetourCodes.RetourCode.some((c) => !goedkeurend(c))) {
        const uit: Overtreding[] = [];
        if (clienten.length)
          uit.push({
            klasse: ANTWOORD,
            element: 'Clienten',
            melding: 'DeclaratieAntwoord is afgekeurd en bevat toch prestaties; die zijn dan niet beoordeeld en worden niet meegestuurd',
          });
        if (toegekend !== 0)
          uit.push({
            klasse: ANTWOORD,
            element: 'TotaalToegekendBedrag',
            melding: `DeclaratieAntwoord is afgekeurd, maar TotaalToegekendBedrag is ${euro(toegekend)} in plaats van 0`,
          });
        return uit;
      }
      const uit: Overtreding[] = clienten.flatMap((c, ci) =>
        c.Prestaties.Prestatie.flatMap((p, pi) =>
          p.RetourCodes.RetourCode.every(goedkeurend)
            ? [
                {
                  klasse: `${ANTWOORD}/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]`,
                  melding: `prestatie ${p.ProductReferentie.ReferentieNummer} is niet afgewezen (RetourCode ${p.RetourCodes.RetourCode.join(', ')}) en hoort niet in het declaratie-antwoord`,
                },
              ]
            : [],
        ),
      );
      const afgewezen = clienten.reduce((som, c) => som + c.Prestaties.Prestatie.reduce((s, p) => s + metTeken(p.IngediendBedrag.Bedrag, p.IngediendBedrag), 0), 0);
      const ingediend = metTeken(d.TotaalIngediendBedrag.TotaalBedrag, d.TotaalIngediendBedrag);
      if (afgewezen !== ingediend - toegekend) {
        uit.push({
          klasse: ANTWOORD,
          element: 'TotaalToegekendBedrag',
          melding: `de meegestuurde prestaties samen (${euro(afgewezen)}) verklaren het verschil tussen TotaalIngediendBedrag ${euro(ingediend)} en TotaalToegekendBedrag ${euro(toegekend)} niet (${euro(ingediend - toegekend)})`,
        });
      }
      return uit;
    },
  },
  voorbeelden: [
    {
      naam: 'antwoord kent minder toe dan ingediend zonder een afgewezen prestatie mee te sturen',
      bericht: (s) =>
        aangepast<'325'>(declaratieAntwoord(s, declaratieOpTwee(s), { P202605012: '9321' }), (b) => {
          delete b.DeclaratieAntwoord!.Clienten;
        }),
      verwacht: { klasse: ANTWOORD },
    },
    {
      naam: 'antwoord stuurt een goedgekeurde prestatie mee',
      bericht: (s) => declaratieAntwoord(s, declaratieOpTwee(s), { P202605011: '0200', P202605012: '9321' }),
      verwacht: { klasse: `${ANTWOORD}/Clienten/Client[1]/Prestaties/Prestatie[1]` },
    },
    {
      naam: 'afgekeurde DeclaratieAntwoord met een toegekend bedrag',
      bericht: (s) =>
        aangepast<'325'>(declaratieAntwoord(s, declaratieOpTwee(s)), (b) => {
          b.DeclaratieAntwoord!.RetourCodes.RetourCode = ['9333'];
        }),
      verwacht: { klasse: ANTWOORD },
    },
    {
      naam: 'antwoord wijst één van twee prestaties af en kent de andere toe',
      geschiedenis: (s) => [tweeToewijzingen(s), tweeStarts(s), declaratieOpTwee(s)],
      bericht: (s) => declaratieAntwoord(s, declaratieOpTwee(s), { P202605012: '9321' }),
      verwacht: 'goed',
    },
    {
      naam: 'antwoord dat de hele declaratie toekent',
      geschiedenis: geleverdEnGedeclareerd,
      bericht: volledigAntwoord,
      verwacht: 'goed',
    },
  ],
});
