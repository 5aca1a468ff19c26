import { verwijderdeStops } from '../../toestand/regie';
import { regel } from '../regel';

const STOP = '/Bericht/Client/StopProducten/StopProduct';
const TIJDELIJK = '20';

export const TR413 = regel({
  code: 'TR413',
  familie: 'berichtoverstijgend',
  retourcode: '9413',
  omschrijving:
    'Is een levering (Bsn, ToewijzingNummer, Begindatum) al tijdelijk gestopt (RedenBeeindiging 20), dan is een volgende stop op die levering een definitieve: RedenBeeindiging is dan niet 20.',
  lezing:
    'Alleen geldende stops tellen: niet verwijderd, en niet verwijderd in hetzelfde bericht (correctie volgens IV008). Een eerdere stop met precies dezelfde logische sleutel is geen "ander" StopProduct ' +
    '(zo noemt de retourcode het) maar een dubbele aanlevering; die toetst TR074. Bij StatusAanlevering 3 wordt niet getoetst. Na een nieuwe start (andere Begindatum) is het een nieuwe levering en mag er weer tijdelijk gestopt worden.',
  controles: {
    '307': ({ bericht, toestand }) => {
      const bsn = bericht.Client.Bsn;
      const producten = bericht.Client.StopProducten.StopProduct;
      const verwijderd = verwijderdeStops(bsn, producten);
      return producten.flatMap((p, i) => {
        if (p.StatusAanlevering === '3' || p.RedenBeeindiging !== TIJDELIJK) return [];
        const tijdelijk = toestand.regie.andereGeldendeStops(bsn, p, verwijderd).find((s) => s.RedenBeeindiging === TIJDELIJK);
        return tijdelijk
          ? [
              {
                klasse: `${STOP}[${i + 1}]`,
                element: 'RedenBeeindiging',
                melding: `De levering is al tijdelijk gestopt per ${tijdelijk.Einddatum}; een volgende stop moet definitief zijn (RedenBeeindiging niet 20)`,
              },
            ]
          : [];
      });
    },
  },
  voorbeelden: [
    {
      naam: 'tweede tijdelijke stop zonder tussenliggende start',
      geschiedenis: (s) => s.gestopteLevering('tijdelijk', '2026-06-10'),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-06-20' }),
      verwacht: { klasse: `${STOP}[1]` },
    },
    {
      naam: 'definitieve stop na een tijdelijke stop, zelfde einddatum (3.2)',
      geschiedenis: (s) => s.gestopteLevering('tijdelijk', '2026-06-10'),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'inOverleg', eind: '2026-06-10' }),
      verwacht: 'goed',
    },
    {
      naam: 'tijdelijke stop van een hervatte levering (nieuwe start)',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-03-10' }),
        s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-04-01' }),
      ],
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-04-01', reden: 'tijdelijk', eind: '2026-06-10' }),
      verwacht: 'goed',
    },
    {
      naam: 'tijdelijke stop corrigeren naar een latere einddatum in één bericht',
      geschiedenis: (s) => s.gestopteLevering('tijdelijk', '2026-06-10'),
      bericht: (s) =>
        s.stop([
          { nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-06-10', status: '3' },
          { nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-06-12' },
        ]),
      verwacht: 'goed',
    },
  ],
});
