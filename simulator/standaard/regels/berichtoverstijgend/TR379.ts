import { regel } from '../regel';

const PAD = '/Bericht/Client/ToegewezenProducten/ToegewezenProduct';

export const TR379 = regel({
  code: 'TR379',
  familie: 'berichtoverstijgend',
  retourcode: '9379',
  omschrijving: 'Een ToegewezenProduct draagt alleen een ReferentieAanbieder als het een verzoek om toewijzing of wijziging honoreert, en dan die van dat verzoek.',
  lezing:
    'Of een toewijzing een verzoek honoreert weet alleen de gemeente; getoetst wordt dat een gevulde ReferentieAanbieder hoort bij een eerder ontvangen verzoek van deze cliënt dat niet is afgewezen. ' +
    'Een latere versie van dezelfde toewijzing mag de ReferentieAanbieder van haar vorige versie houden (de plicht om te vullen geldt alleen de eerste keer).',
  controles: {
    '301': ({ bericht, toestand }) =>
      bericht.Client.ToegewezenProducten.ToegewezenProduct.flatMap((p, i) => {
        const ref = p.ReferentieAanbieder;
        if (!ref) return [];
        if (toestand.toewijzingen.actueleVersie(p.ToewijzingNummer)?.ReferentieAanbieder === ref) return [];
        const v = toestand.verzoeken.verzoek(ref);
        const fout = !v
          ? `er is geen verzoek met ReferentieAanbieder ${ref}`
          : v.bsn !== bericht.Client.Bsn
            ? `het verzoek ${ref} is voor een andere cliënt`
            : v.status === 'afgewezen'
              ? `het verzoek ${ref} is afgewezen`
              : undefined;
        return fout ? [{ klasse: `${PAD}[${i + 1}]`, element: 'ReferentieAanbieder', melding: `ReferentieAanbieder is onterecht gevuld: ${fout}` }] : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'toewijzing met een referentie die bij geen verzoek hoort',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-07-01', eind: '2026-12-31', referentie: 'ONBEKEND', toewijzingsdatum: '2026-06-30' }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'toewijzing op een afgewezen verzoek',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-07-01', eind: '2026-12-31' }), s.antwoord({ referentie: 'VOT-1', antwoord: '1', reden: '3' })],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-07-01', eind: '2026-12-31', referentie: 'VOT-1', toewijzingsdatum: '2026-06-30' }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'toewijzing die een verzoek om toewijzing honoreert',
      geschiedenis: (s) => [s.vot({ referentie: 'VOT-1', ingang: '2026-07-01', eind: '2026-12-31' })],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-07-01', eind: '2026-12-31', referentie: 'VOT-1', toewijzingsdatum: '2026-06-30' }),
      verwacht: 'goed',
    },
    {
      naam: 'toewijzing die een verzoek om wijziging honoreert, ook voor het ongewijzigde product',
      geschiedenis: (s) => [
        s.toewijzing([
          { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' },
          { nummer: 2, ingang: '2026-01-01', eind: '2026-12-31', product: s.codes.ander },
        ]),
        s.vow({
          referentie: 'VOW-1',
          ongewijzigd: [2],
          teWijzigen: [{ nummer: 1, ingang: '2026-01-01', eind: '2027-06-30', omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' } }],
        }),
      ],
      bericht: (s) =>
        s.toewijzing([
          { nummer: 1, ingang: '2026-01-01', eind: '2027-06-30', referentie: 'VOW-1', reden: '12', toewijzingsdatum: '2026-06-30' },
          { nummer: 2, ingang: '2026-01-01', eind: '2026-12-31', product: s.codes.ander, referentie: 'VOW-1', toewijzingsdatum: '2026-06-30' },
        ]),
      verwacht: 'goed',
    },
    {
      naam: 'latere versie van de toewijzing houdt haar referentie',
      geschiedenis: (s) => [
        s.vot({ referentie: 'VOT-1', ingang: '2026-01-01', eind: '2026-06-30' }, { dagtekening: '2025-12-15' }),
        s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-06-30', referentie: 'VOT-1', toewijzingsdatum: '2025-12-20' }, { dagtekening: '2025-12-20' }),
        s.vow(
          { referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' } }] },
          { dagtekening: '2026-05-01' },
        ),
        s.antwoord({ referentie: 'VOW-1', antwoord: '1', reden: '2' }, { dagtekening: '2026-05-08' }),
      ],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-09-30', referentie: 'VOT-1', reden: '04', toewijzingsdatum: '2026-06-30' }),
      verwacht: 'goed',
    },
  ],
});
