import { regel } from '../regel';

const PAD = '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct';

export const TR357 = regel({
  code: 'TR357',
  familie: 'berichtoverstijgend',
  retourcode: '9357',
  omschrijving:
    'Ligt de GewensteIngangsdatum van een TeWijzigenProduct niet na de Dagtekening, dan is het een wijziging over de hele looptijd en is die datum gelijk aan de Ingangsdatum van de toewijzing.',
  lezing: 'Het originele ToegewezenProduct is de actuele versie van de toewijzing met hetzelfde ToewijzingNummer; is die onbekend, dan toetst TR351 en deze regel niet.',
  controles: {
    '317': ({ bericht, toestand }) => {
      const dagtekening = bericht.Header.BerichtIdentificatie.Dagtekening;
      return (bericht.Client.Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? []).flatMap((p, i) => {
        const t = toestand.toewijzingen.actueleVersie(p.ToewijzingNummer);
        if (!t || p.GewensteIngangsdatum > dagtekening || p.GewensteIngangsdatum === t.Ingangsdatum) return [];
        return [
          {
            klasse: `${PAD}[${i + 1}]`,
            element: 'GewensteIngangsdatum',
            melding: `GewensteIngangsdatum ${p.GewensteIngangsdatum} ligt niet na de Dagtekening ${dagtekening} en is niet gelijk aan de Ingangsdatum ${t.Ingangsdatum} van toewijzing ${t.ToewijzingNummer}`,
          },
        ];
      });
    },
  },
  voorbeelden: [
    {
      naam: 'wijziging met terugwerkende kracht halverwege de looptijd',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-03-01', eind: '2026-12-31', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'wijziging die op de dagtekening ingaat',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-06-30', eind: '2026-12-31', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'wijziging over de hele looptijd',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-01-01', eind: '2027-03-31', omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: 'goed',
    },
    {
      naam: 'wijziging die in de toekomst ingaat',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) => s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-07-01', eind: '2026-12-31', omvang: { Volume: 5, Eenheid: '04', Frequentie: '2' } }] }),
      verwacht: 'goed',
    },
  ],
});
