import { isCredit } from '../berichtoverstijgend/declaratiehulp';
import { regel, type RegelContext } from '../regel';
import { prestaties, voorBerichten } from './klassen';
import { aangepast, declaratieAntwoord, declaratieGeschiedenis, DECLARATIE_JUNI, juniCorrectie, prestatie } from './voorbeeldberichten';

function vorigReferentie(ctx: RegelContext) {
  return prestaties(ctx).flatMap(({ klasse, p }) => {
    const credit = isCredit(p);
    const vorig = p.ProductReferentie.VorigReferentieNummer;
    if (credit && vorig === undefined) {
      return [{ klasse, element: 'ProductReferentie/VorigReferentieNummer', melding: `Creditprestatie ${p.ProductReferentie.ReferentieNummer} zonder VorigReferentieNummer` }];
    }
    if (!credit && vorig !== undefined) {
      return [
        { klasse, element: 'ProductReferentie/VorigReferentieNummer', melding: `Debetprestatie ${p.ProductReferentie.ReferentieNummer} heeft toch VorigReferentieNummer ${vorig}` },
      ];
    }
    return [];
  });
}

const PRESTATIE_325 = '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]';

export const CD060 = regel({
  code: 'CD060',
  familie: 'conditie',
  retourcode: '0001',
  omschrijving:
    'Een creditprestatie (DebetCredit C bij IngediendBedrag) noemt in VorigReferentieNummer de prestatie die ze crediteert; een debetprestatie heeft geen VorigReferentieNummer.',
  controles: voorBerichten(['323', '325'], vorigReferentie),
  voorbeelden: [
    {
      naam: 'creditprestatie zonder vorig referentienummer',
      geschiedenis: declaratieGeschiedenis,
      bericht: (s) =>
        s.declaratie({
          nummer: DECLARATIE_JUNI.nummer,
          maand: '2026-06',
          prestaties: [prestatie('PR202605C', '2026-05', { credit: true }), prestatie('PR202606A', '2026-06')],
        }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'debetprestatie met een vorig referentienummer',
      geschiedenis: declaratieGeschiedenis,
      bericht: (s) => s.declaratie({ nummer: DECLARATIE_JUNI.nummer, maand: '2026-06', prestaties: [prestatie('PR202606A', '2026-06', { vorigeReferentie: 'PR202605A' })] }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'creditprestatie met vorig referentienummer naast een debetprestatie zonder',
      geschiedenis: declaratieGeschiedenis,
      bericht: juniCorrectie,
      verwacht: 'goed',
    },
    {
      naam: 'declaratie-antwoord geeft een afgewezen creditprestatie terug zonder vorig referentienummer',
      geschiedenis: (s) => [...declaratieGeschiedenis(s), juniCorrectie(s)],
      bericht: (s) =>
        aangepast<'325'>(declaratieAntwoord(s, juniCorrectie(s), { PR202605C: '8017' }), (b) => {
          delete b.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.VorigReferentieNummer;
        }),
      verwacht: { klasse: PRESTATIE_325 },
    },
    {
      naam: 'declaratie-antwoord geeft een afgewezen creditprestatie terug met vorig referentienummer',
      geschiedenis: (s) => [...declaratieGeschiedenis(s), juniCorrectie(s)],
      bericht: (s) => declaratieAntwoord(s, juniCorrectie(s), { PR202605C: '8017' }),
      verwacht: 'goed',
    },
  ],
});
