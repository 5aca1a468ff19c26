import { regel, type Overtreding, type RegelContext } from '../regel';
import { MET_KOP, voorBerichten } from '../condities/klassen';

function dagtekening({ bericht, systeemdatum }: RegelContext): Overtreding[] {
  const d = (bericht as { Header: { BerichtIdentificatie: { Dagtekening: string } } }).Header.BerichtIdentificatie.Dagtekening;
  return d > systeemdatum ? [{ klasse: '/Bericht/Header', element: 'BerichtIdentificatie/Dagtekening', melding: `Dagtekening ${d} ligt na de systeemdatum ${systeemdatum}` }] : [];
}

export const TR135 = regel({
  code: 'TR135',
  familie: 'externe-bron',
  retourcode: '8848',
  omschrijving: 'De Dagtekening van het bericht ligt niet na de systeemdatum van de ontvanger.',
  controles: voorBerichten(MET_KOP, dagtekening),
  voorbeelden: [
    {
      naam: 'toewijzing gedagtekend na de systeemdatum',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-07-01', eind: '2026-12-31' }, { dagtekening: '2026-07-01' }),
      verwacht: { klasse: '/Bericht/Header' },
    },
    {
      naam: 'toewijzing gedagtekend op de systeemdatum',
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-07-01', eind: '2026-12-31' }, { dagtekening: '2026-06-30' }),
      verwacht: 'goed',
    },
  ],
});
