import type { Bericht } from '../../berichten/catalogus';
import { regel, type Overtreding } from '../regel';
import { antwoordOp, declaratieMei, geleverdEnGedeclareerd } from './declaratiehulp';

const ONBEKEND = '123456782'; // passes the elfproef, but no toewijzing was ever sent for it

export const TR304 = regel({
  code: 'TR304',
  familie: 'berichtoverstijgend',
  retourcode: '8187',
  omschrijving: 'Het Bsn hoort bij een cliënt die de aanbieder van deze gemeente kent: er is ooit een toewijzing voor die cliënt verstuurd.',
  lezing:
    'Een cliënt is bekend zodra er een toewijzing voor dat Bsn is ontvangen (ook een later verwijderde). In een declaratie-antwoord (325) moet de cliënt bovendien de cliënt zijn voor wie de genoemde prestaties zijn gedeclareerd.',
  controles: {
    '317': ({ bericht, toestand }) =>
      toestand.toewijzingen.kentClient(bericht.Client.Bsn)
        ? []
        : [{ klasse: '/Bericht/Client', element: 'Bsn', melding: `voor Bsn ${bericht.Client.Bsn} is geen toewijzing bekend` }],
    '323': ({ bericht, toestand }) =>
      bericht.Declaratie.Clienten.Client.flatMap((c, i) =>
        toestand.toewijzingen.kentClient(c.Bsn)
          ? []
          : [{ klasse: `/Bericht/Declaratie/Clienten/Client[${i + 1}]`, element: 'Bsn', melding: `voor Bsn ${c.Bsn} is geen toewijzing bekend` }],
      ),
    '325': ({ bericht, toestand }) =>
      (bericht.DeclaratieAntwoord?.Clienten?.Client ?? []).flatMap((c, i): Overtreding[] => {
        const klasse = `/Bericht/DeclaratieAntwoord/Clienten/Client[${i + 1}]`;
        if (!toestand.toewijzingen.kentClient(c.Bsn)) return [{ klasse, element: 'Bsn', melding: `voor Bsn ${c.Bsn} is geen toewijzing bekend` }];
        const ander = c.Prestaties.Prestatie.map((p) => toestand.declaraties.prestatie(p.ProductReferentie.ReferentieNummer)).find((r) => r && r.bsn !== c.Bsn);
        return ander
          ? [{ klasse, element: 'Bsn', melding: `prestatie ${ander.ProductReferentie.ReferentieNummer} is gedeclareerd voor Bsn ${ander.bsn}, niet voor ${c.Bsn}` }]
          : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'declaratie voor een cliënt zonder toewijzing',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10, bsn: ONBEKEND }] }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]' },
    },
    {
      naam: 'declaratie voor een cliënt met een toewijzing',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.declaratie({ nummer: 'D1', maand: '2026-05', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'verzoek om wijziging voor een cliënt met een toewijzing',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.vow({ referentie: 'VOW1', teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2026-12-31', omvang: { Volume: 4, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: 'goed',
    },
    {
      naam: 'declaratie-antwoord noemt een cliënt zonder toewijzing',
      geschiedenis: geleverdEnGedeclareerd,
      bericht: (s) =>
        antwoordOp(declaratieMei(s), {
          code: '9321',
          wijzig: (b: Bericht<'325'>) => {
            b.DeclaratieAntwoord!.Clienten!.Client[0]!.Bsn = ONBEKEND;
          },
        }),
      verwacht: { klasse: '/Bericht/DeclaratieAntwoord/Clienten/Client[1]' },
    },
    {
      naam: 'declaratie-antwoord noemt de cliënt van de gedeclareerde prestatie',
      geschiedenis: geleverdEnGedeclareerd,
      bericht: (s) =>
        antwoordOp(declaratieMei(s), {
          code: '9321',
        }),
      verwacht: 'goed',
    },
  ],
});
