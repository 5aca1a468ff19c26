import { verwijderdeStops } from '../../toestand/regie';
import { regel } from '../regel';

const STOP = '/Bericht/Client/StopProducten/StopProduct';
const TIJDELIJK = '20';

export const TR415 = regel({
  code: 'TR415',
  familie: 'berichtoverstijgend',
  retourcode: '9415',
  omschrijving: 'Na een definitieve stop (RedenBeeindiging niet 20) van een levering (Bsn, ToewijzingNummer, Begindatum) volgt geen nieuwe stop meer op diezelfde levering.',
  lezing:
    'Alleen geldende stops tellen: niet verwijderd, en niet verwijderd in hetzelfde bericht (correctie volgens IV008). Een eerdere stop met precies dezelfde logische sleutel is een dubbele aanlevering; die toetst TR074. ' +
    'Bij StatusAanlevering 3 wordt niet getoetst. Wie een definitieve stop wil aanpassen, verwijdert hem eerst.',
  controles: {
    '307': ({ bericht, toestand }) => {
      const bsn = bericht.Client.Bsn;
      const producten = bericht.Client.StopProducten.StopProduct;
      const verwijderd = verwijderdeStops(bsn, producten);
      return producten.flatMap((p, i) => {
        if (p.StatusAanlevering === '3') return [];
        const definitief = toestand.regie.andereGeldendeStops(bsn, p, verwijderd).find((s) => s.RedenBeeindiging !== TIJDELIJK);
        return definitief
          ? [{ klasse: `${STOP}[${i + 1}]`, melding: `De levering is al definitief gestopt per ${definitief.Einddatum} (RedenBeeindiging ${definitief.RedenBeeindiging})` }]
          : [];
      });
    },
  },
  voorbeelden: [
    {
      naam: 'tijdelijke stop na een definitieve stop',
      geschiedenis: (s) => s.gestopteLevering('inOverleg', '2026-06-10'),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-06-20' }),
      verwacht: { klasse: `${STOP}[1]` },
    },
    {
      naam: 'tweede definitieve stop met een andere reden',
      geschiedenis: (s) => s.gestopteLevering('inOverleg', '2026-06-10'),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'overlijden', eind: '2026-06-10' }),
      verwacht: { klasse: `${STOP}[1]` },
    },
    {
      naam: 'definitieve stop na een tijdelijke stop (3.2)',
      geschiedenis: (s) => s.gestopteLevering('tijdelijk', '2026-06-10'),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'inOverleg', eind: '2026-06-10' }),
      verwacht: 'goed',
    },
    {
      naam: 'definitieve stop corrigeren: verwijderen en opnieuw aanleveren in één bericht',
      geschiedenis: (s) => s.gestopteLevering('doorAanbieder', '2026-06-17'),
      bericht: (s) =>
        s.stop([
          { nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'doorAanbieder', eind: '2026-06-17', status: '3' },
          { nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-06-17' },
        ]),
      verwacht: 'goed',
    },
    {
      naam: 'nieuwe stop nadat de definitieve stop apart is verwijderd',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'doorAanbieder', eind: '2026-06-17' }),
        s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'doorAanbieder', eind: '2026-06-17', status: '3' }),
      ],
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'volgensPlan', eind: '2026-06-20' }),
      verwacht: 'goed',
    },
  ],
});
