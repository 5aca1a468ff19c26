import { regel } from '../regel';

export const TR349 = regel({
  code: 'TR349',
  familie: 'berichtoverstijgend',
  retourcode: '9349',
  omschrijving: 'Een verzoek om wijziging noemt elke actuele toewijzing van de cliënt, als OngewijzigdProduct of als TeWijzigenProduct.',
  lezing:
    'Peildatum voor "actueel" is de Dagtekening van het verzoek om wijziging (de datum waarop de aanbieder het verzoek opstelde), niet de systeemdatum van de gemeente: zo hangt het oordeel alleen van de berichten af. ' +
    'Actueel is een toewijzing van deze cliënt (bij deze aanbieder en gemeente) zonder Einddatum of met een Einddatum op of na de peildatum, dus ook een toewijzing die nog moet ingaan; ' +
    'een toewijzing die als nooit verzonden is ingetrokken (Einddatum = Ingangsdatum met RedenWijziging 13 of 01) telt niet. De ontbrekende toewijzingen krijgen de code op de klasse Verzoek.',
  controles: {
    '317': ({ bericht, toestand }) => {
      const v = bericht.Client.Verzoek;
      const genoemd = new Set([
        ...(v.OngewijzigdeProducten?.OngewijzigdProduct ?? []).map((p) => p.ToewijzingNummer),
        ...(v.TeWijzigenProducten?.TeWijzigenProduct ?? []).map((p) => p.ToewijzingNummer),
      ]);
      const peildatum = bericht.Header.BerichtIdentificatie.Dagtekening;
      const missend = toestand.toewijzingen
        .actueel(bericht.Client.Bsn, peildatum)
        .map((t) => t.ToewijzingNummer)
        .filter((n) => !genoemd.has(n))
        .sort((a, b) => a - b);
      return missend.length
        ? [{ klasse: '/Bericht/Client/Verzoek', melding: `Actuele toewijzing(en) ${missend.join(', ')} ontbreken als OngewijzigdProduct of TeWijzigenProduct` }]
        : [];
    },
  },
  voorbeelden: [
    {
      naam: 'verzoek om wijziging zonder een van de twee actuele toewijzingen',
      geschiedenis: (s) => [
        s.toewijzing([
          { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' },
          { nummer: 2, ingang: '2026-01-01', eind: '2026-12-31', product: s.codes.ander },
        ]),
      ],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2027-06-30', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: { klasse: '/Bericht/Client/Verzoek' },
    },
    {
      naam: 'verzoek om wijziging zonder een toewijzing die nog moet ingaan',
      geschiedenis: (s) => [
        s.toewijzing([
          { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' },
          { nummer: 2, ingang: '2026-09-01', eind: '2026-12-31', product: s.codes.ander, toewijzingsdatum: '2026-06-01' },
        ]),
      ],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2027-06-30', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: { klasse: '/Bericht/Client/Verzoek' },
    },
    {
      naam: 'verzoek om wijziging met alle actuele toewijzingen',
      geschiedenis: (s) => [
        s.toewijzing([
          { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' },
          { nummer: 2, ingang: '2026-01-01', eind: '2026-12-31', product: s.codes.ander },
        ]),
      ],
      bericht: (s) =>
        s.vow({
          referentie: 'VOW-1',
          ongewijzigd: [2],
          teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2027-06-30', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }],
        }),
      verwacht: 'goed',
    },
    {
      naam: 'beëindigde en verwijderde toewijzingen horen er niet in',
      geschiedenis: (s) => [
        s.toewijzing([
          { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' },
          { nummer: 2, ingang: '2026-01-01', eind: '2026-05-31', product: s.codes.ander },
          { nummer: 3, ingang: '2026-06-01', eind: '2026-06-01', product: s.codes.ander, reden: '13', toewijzingsdatum: '2026-05-20' },
        ]),
      ],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-08-01', eind: '2027-06-30', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: 'goed',
    },
  ],
});
