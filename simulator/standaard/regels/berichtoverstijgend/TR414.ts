import { verwijderdeStops } from '../../toestand/regie';
import { regel } from '../regel';

const STOP = '/Bericht/Client/StopProducten/StopProduct';

export const TR414 = regel({
  code: 'TR414',
  familie: 'berichtoverstijgend',
  retourcode: '9414',
  omschrijving: 'Is er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer en Begindatum, dan is de Einddatum niet eerder dan die van het actuele StopProduct.',
  lezing:
    'Het actuele StopProduct is het laatst ontvangen, niet verwijderde StopProduct van die levering. Een verwijdering (StatusAanlevering 3) wordt niet getoetst, ' +
    'en een stop die hetzelfde bericht verwijdert telt niet als actueel: zo kan een correctie (verwijderen en opnieuw aanleveren, IV008) de einddatum ook vervroegen.',
  controles: {
    '307': ({ bericht, toestand }) => {
      const verwijderd = verwijderdeStops(bericht.Client.Bsn, bericht.Client.StopProducten.StopProduct);
      return bericht.Client.StopProducten.StopProduct.flatMap((p, i) => {
        if (p.StatusAanlevering === '3') return [];
        const actueel = toestand.regie.actueleStop(bericht.Client.Bsn, p, verwijderd);
        return actueel && p.Einddatum < actueel.Einddatum
          ? [{ klasse: `${STOP}[${i + 1}]`, element: 'Einddatum', melding: `Einddatum ${p.Einddatum} ligt vóór de Einddatum ${actueel.Einddatum} van het actuele StopProduct` }]
          : [];
      });
    },
  },
  voorbeelden: [
    {
      naam: 'definitieve stop met een eerdere einddatum dan de tijdelijke stop',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 7, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.stop({ nummer: 7, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-06-20' }),
      ],
      bericht: (s) => s.stop({ nummer: 7, ingang: '2026-01-01', begin: '2026-01-05', reden: 'inOverleg', eind: '2026-06-10' }),
      verwacht: { klasse: `${STOP}[1]` },
    },
    {
      naam: 'definitieve stop met dezelfde einddatum als de tijdelijke stop (nieuw in 3.2)',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 7, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.stop({ nummer: 7, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-06-20' }),
      ],
      bericht: (s) => s.stop({ nummer: 7, ingang: '2026-01-01', begin: '2026-01-05', reden: 'inOverleg', eind: '2026-06-20' }),
      verwacht: 'goed',
    },
    {
      naam: 'definitieve stop met een latere einddatum dan de tijdelijke stop',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 7, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.stop({ nummer: 7, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-06-07' }),
      ],
      bericht: (s) => s.stop({ nummer: 7, ingang: '2026-01-01', begin: '2026-01-05', reden: 'inOverleg', eind: '2026-06-29' }),
      verwacht: 'goed',
    },
    {
      naam: 'tijdelijke stop corrigeren naar een eerdere einddatum: verwijderen en opnieuw aanleveren in één bericht',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 7, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.stop({ nummer: 7, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-06-20' }),
      ],
      bericht: (s) =>
        s.stop([
          { nummer: 7, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-06-20', status: '3' },
          { nummer: 7, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-06-15' },
        ]),
      verwacht: 'goed',
    },
  ],
});
