import { regel } from '../regel';

const NP = '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct';
const LEVERING = { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' };

export const TR380 = regel({
  code: 'TR380',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving: 'Een nieuw product wordt aangevraagd voor de toekomst: de GewensteIngangsdatum van een NieuwProduct ligt na de Dagtekening van het verzoek om wijziging.',
  lezing:
    'Alleen de GewensteIngangsdatum van NieuwProduct. Die van een TeWijzigenProduct mag volgens de standaard wel in het verleden liggen, ' +
    'mits gelijk aan de ingangsdatum van de toewijzing (dat toetst TR357). Gelijk aan de Dagtekening is niet toegestaan.',
  controles: {
    '317': ({ bericht }) => {
      const dag = bericht.Header.BerichtIdentificatie.Dagtekening;
      return (bericht.Client.Verzoek.NieuweProducten?.NieuwProduct ?? []).flatMap((p, i) =>
        p.GewensteIngangsdatum > dag
          ? []
          : [{ klasse: `${NP}[${i + 1}]`, element: 'GewensteIngangsdatum', melding: `GewensteIngangsdatum ${p.GewensteIngangsdatum} ligt niet na de Dagtekening ${dag}` }],
      );
    },
  },
  voorbeelden: [
    {
      naam: 'nieuw product dat al in het verleden moet ingaan',
      bericht: (s) => s.vow({ referentie: 'VOW-1', ongewijzigd: [1], nieuw: [{ product: s.codes.ander, ingang: '2026-06-01', eind: '2026-12-31' }] }),
      verwacht: { klasse: `${NP}[1]` },
    },
    {
      naam: 'nieuw product dat op de dagtekening moet ingaan',
      bericht: (s) => s.vow({ referentie: 'VOW-1', ongewijzigd: [1], nieuw: [{ product: s.codes.ander, ingang: '2026-06-30', eind: '2026-12-31' }] }),
      verwacht: { klasse: `${NP}[1]` },
    },
    {
      naam: 'nieuw product dat de dag na de dagtekening ingaat',
      geschiedenis: (s) => s.levering(LEVERING),
      bericht: (s) => s.vow({ referentie: 'VOW-1', ongewijzigd: [1], nieuw: [{ product: s.codes.ander, ingang: '2026-07-01', eind: '2026-12-31' }] }),
      verwacht: 'goed',
    },
  ],
});
