import { verwijderdeStarts } from '../../toestand/regie';
import { toewijzingSleutel } from '../../toestand/sleutels';
import { regel } from '../regel';

const START = '/Bericht/Client/StartProducten/StartProduct';

export const TR326 = regel({
  code: 'TR326',
  familie: 'berichtoverstijgend',
  retourcode: '9326',
  omschrijving:
    'Een nieuwe start voor een toegewezen product mag pas als de vorige start van dat product is gestopt of verwijderd: er is nooit meer dan één lopende start tegelijk.',
  lezing:
    'Een start is actueel als hij niet verwijderd is en er voor die levering (Bsn, ToewijzingNummer of bij taakgericht werken Product, Begindatum) geen geldende stop is; een tijdelijke stop telt ook als stop. ' +
    'Een start die in hetzelfde bericht verwijderd wordt (correctie volgens IV008) telt niet mee, en twee nieuwe starts voor dezelfde toewijzing in één bericht mogen niet.',
  controles: {
    '305': ({ bericht, toestand }) => {
      const bsn = bericht.Client.Bsn;
      const producten = bericht.Client.StartProducten.StartProduct;
      const verwijderd = verwijderdeStarts(bsn, producten);
      const alGestart = new Set<string>();
      return producten.flatMap((p, i) => {
        if (p.StatusAanlevering === '3') return [];
        const t = toewijzingSleutel(bsn, p);
        const lopend = toestand.regie.actueleStarts(bsn, p, verwijderd)[0];
        const tweede = alGestart.has(t);
        alGestart.add(t);
        if (lopend) return [{ klasse: `${START}[${i + 1}]`, melding: `Er loopt al een start met Begindatum ${lopend.Begindatum} zonder stop` }];
        if (tweede) return [{ klasse: `${START}[${i + 1}]`, melding: 'Dit bericht start dezelfde toewijzing meer dan eens zonder tussenliggende stop' }];
        return [];
      });
    },
  },
  voorbeelden: [
    {
      naam: 'tweede start zonder stop',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-03-01' }),
      verwacht: { klasse: `${START}[1]` },
    },
    {
      naam: 'tweede start nadat de stop is verwijderd',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-02-15' }),
        s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-02-15', status: '3' }),
      ],
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-03-01' }),
      verwacht: { klasse: `${START}[1]` },
    },
    {
      naam: 'hervatting na een tijdelijke stop',
      geschiedenis: (s) => s.gestopteLevering('tijdelijk', '2026-02-15'),
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-03-01' }),
      verwacht: 'goed',
    },
    {
      naam: 'nieuwe start na een definitieve stop',
      geschiedenis: (s) => s.gestopteLevering('inOverleg', '2026-02-15'),
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-03-01' }),
      verwacht: 'goed',
    },
    {
      naam: 'begindatum corrigeren: verwijderen en opnieuw starten in één bericht (IV008)',
      geschiedenis: (s) => s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
      bericht: (s) =>
        s.start([
          { nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', status: '3' },
          { nummer: 1, ingang: '2026-01-01', begin: '2026-01-07' },
        ]),
      verwacht: 'goed',
    },
  ],
});
