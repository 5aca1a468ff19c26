import { startSleutel, stopSleutel } from '../../toestand/sleutels';
import { regel, type Overtreding } from '../regel';

const START = '/Bericht/Client/StartProducten/StartProduct';
const STOP = '/Bericht/Client/StopProducten/StopProduct';

/**
 * Lines with StatusAanlevering 1 whose logical key occurs on another line of the same message
 * (whatever its status: IV008 forbids removing and re-delivering the same key in one message) or on
 * an earlier delivery that still stands.
 */
function dubbel<P extends { StatusAanlevering: string }>(producten: readonly P[], sleutelVan: (p: P) => string, eerder: (p: P) => boolean, pad: string): Overtreding[] {
  const aantal = new Map<string, number>();
  for (const p of producten) aantal.set(sleutelVan(p), (aantal.get(sleutelVan(p)) ?? 0) + 1);
  return producten.flatMap((p, i) => {
    if (p.StatusAanlevering !== '1') return [];
    const k = sleutelVan(p);
    if (aantal.get(k)! > 1) return [{ klasse: `${pad}[${i + 1}]`, melding: 'Dezelfde logische sleutel komt meer dan eens voor in dit bericht' }];
    if (eerder(p)) return [{ klasse: `${pad}[${i + 1}]`, melding: 'Er is al eerder een aanlevering met dezelfde logische sleutel ontvangen (en niet verwijderd)' }];
    return [];
  });
}

export const TR074 = regel({
  code: 'TR074',
  familie: 'berichtoverstijgend',
  retourcode: '9074',
  omschrijving: 'Een eerste aanlevering (StatusAanlevering 1) heeft een logische sleutel die niet nog eens in het bericht voorkomt en ook niet in eerder ontvangen berichten.',
  lezing:
    'Sleutel StartProduct: Bsn, ToewijzingNummer, Product, Begindatum; sleutel StopProduct: daarnaast RedenBeeindiging (nieuw in 3.2) en Einddatum. ' +
    "Een eerder verwijderde aanlevering (StatusAanlevering 3) telt niet meer mee. Binnen één bericht telt elke andere regel met dezelfde sleutel, ook een verwijdering: zo'n correctie moet in een apart bericht (IV008). " +
    'Dubbele sleutels binnen één bericht keurt TR101 (controleniveau 2) normaal al eerder af; TR074 toetst ze ook, voor het geval TR101 niet wordt uitgevoerd.',
  controles: {
    '305': ({ bericht, toestand }) => {
      const bsn = bericht.Client.Bsn;
      return dubbel(
        bericht.Client.StartProducten.StartProduct,
        (p) => startSleutel(bsn, p),
        (p) => toestand.regie.heeftStart(bsn, p),
        START,
      );
    },
    '307': ({ bericht, toestand }) => {
      const bsn = bericht.Client.Bsn;
      return dubbel(
        bericht.Client.StopProducten.StopProduct,
        (p) => stopSleutel(bsn, p),
        (p) => toestand.regie.heeftStop(bsn, p),
        STOP,
      );
    },
  },
  voorbeelden: [
    {
      naam: 'dezelfde start opnieuw na een stop',
      geschiedenis: (s) => s.gestopteLevering('tijdelijk', '2026-03-31'),
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05' }),
      verwacht: { klasse: `${START}[1]` },
    },
    {
      naam: 'dezelfde tijdelijke stop nog eens',
      geschiedenis: (s) => s.gestopteLevering('tijdelijk', '2026-03-31'),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'tijdelijk', eind: '2026-03-31' }),
      verwacht: { klasse: `${STOP}[1]` },
    },
    {
      naam: 'hervatting met een nieuwe begindatum na een tijdelijke stop',
      geschiedenis: (s) => s.gestopteLevering('tijdelijk', '2026-03-31'),
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-04-20' }),
      verwacht: 'goed',
    },
    {
      naam: 'definitieve stop met dezelfde einddatum als de tijdelijke stop: andere sleutel door de reden (3.2)',
      geschiedenis: (s) => s.gestopteLevering('tijdelijk', '2026-06-20'),
      bericht: (s) => s.stop({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', reden: 'inOverleg', eind: '2026-06-20' }),
      verwacht: 'goed',
    },
    {
      naam: 'dezelfde start opnieuw nadat de eerste is verwijderd',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05', status: '3' }),
      ],
      bericht: (s) => s.start({ nummer: 1, ingang: '2026-01-01', begin: '2026-01-05' }),
      verwacht: 'goed',
    },
  ],
});
