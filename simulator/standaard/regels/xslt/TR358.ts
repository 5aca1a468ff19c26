import { declaratieMei, prestatiesVan } from '../berichtoverstijgend/declaratiehulp';
import { metTeken } from '../condities/klassen';
import { aangepast } from '../condities/voorbeeldberichten';
import { regel } from '../regel';
import { euro } from './hulp';

export const TR358 = regel({
  code: 'TR358',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'Het TotaalIngediendBedrag van een declaratie is gelijk aan de som van de IngediendBedragen van alle prestaties, waarbij debet optelt en credit aftrekt.',
  lezing:
    'Het teken van het totaal telt mee: een negatieve som moet als credit-totaal (DebetCredit C) met het absolute bedrag zijn opgegeven; een som van 0 als 0 (CS325 regelt dan D).',
  controles: {
    '323': ({ bericht }) => {
      const d = bericht.Declaratie;
      const som = prestatiesVan(bericht).reduce((t, { p }) => t + metTeken(p.IngediendBedrag.Bedrag, p.IngediendBedrag), 0);
      const totaal = metTeken(d.TotaalIngediendBedrag.TotaalBedrag, d.TotaalIngediendBedrag);
      return som === totaal
        ? []
        : [{ klasse: '/Bericht/Declaratie', element: 'TotaalIngediendBedrag', melding: `TotaalIngediendBedrag is ${euro(totaal)}, de prestaties samen ${euro(som)}` }];
    },
  },
  voorbeelden: [
    {
      naam: 'declaratie met een totaal dat niet klopt',
      bericht: (s) =>
        aangepast<'323'>(declaratieMei(s), (b) => {
          b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: 45000, DebetCredit: 'D' };
        }),
      verwacht: { klasse: '/Bericht/Declaratie' },
    },
    {
      naam: 'declaratie die een creditprestatie optelt in plaats van aftrekt',
      bericht: (s) =>
        aangepast<'323'>(
          s.declaratie({
            nummer: 'D2026050001',
            maand: '2026-05',
            prestaties: [
              { referentie: 'P202605001', toewijzing: 1, periode: '2026-05', volume: 10 },
              { referentie: 'P202605002', vorigeReferentie: 'P202604001', credit: true, toewijzing: 1, periode: '2026-04', volume: 8 },
            ],
          }),
          (b) => {
            b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: 90000, DebetCredit: 'D' };
          },
        ),
      verwacht: { klasse: '/Bericht/Declaratie' },
    },
    {
      naam: 'declaratie met een credit-totaal opgegeven als debet',
      bericht: (s) =>
        aangepast<'323'>(
          s.declaratie({
            nummer: 'D2026050001',
            maand: '2026-05',
            prestaties: [{ referentie: 'P202605002', vorigeReferentie: 'P202604001', credit: true, toewijzing: 1, periode: '2026-04', volume: 8 }],
          }),
          (b) => {
            b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: 40000, DebetCredit: 'D' };
          },
        ),
      verwacht: { klasse: '/Bericht/Declaratie' },
    },
    {
      naam: 'declaratie waarvan het totaal de som van de prestaties is',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: declaratieMei,
      verwacht: 'goed',
    },
  ],
});
