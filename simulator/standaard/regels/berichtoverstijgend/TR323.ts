import { regel } from '../regel';
import { isCredit, prestatiesVan } from './declaratiehulp';

const PRESTATIE = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]';

export const TR323 = regel({
  code: 'TR323',
  familie: 'berichtoverstijgend',
  retourcode: '8017',
  omschrijving: 'Een creditprestatie verwijst met VorigReferentieNummer naar een eerder ingediende en goedgekeurde debetprestatie, met dezelfde sleutelvelden.',
  lezing:
    'Sleutelvelden zijn Bsn, ToewijzingNummer, ProductCategorie, ProductCode en ProductPeriode: die moeten bij credit en debet gelijk zijn. Een debet die door de gemeente is afgewezen kan niet gecrediteerd worden (IV085, OP360). Of de debet al eerder gecrediteerd is, toetst TR390.',
  controles: {
    '323': ({ bericht, toestand }) =>
      prestatiesVan(bericht).flatMap((x) => {
        if (!isCredit(x.p)) return [];
        const vorig = x.p.ProductReferentie.VorigReferentieNummer;
        const debet = vorig ? toestand.declaraties.prestatie(vorig) : undefined;
        const fout = (melding: string) => [{ klasse: x.klasse, element: 'ProductReferentie/VorigReferentieNummer', melding }];
        if (debet?.IngediendBedrag.DebetCredit !== 'D') return fout(`er is geen debetprestatie met ReferentieNummer ${vorig ?? '(leeg)'} ingediend`);
        if (!debet.goedgekeurd) return fout(`debetprestatie ${vorig} is niet goedgekeurd en kan niet gecrediteerd worden`);
        const p = x.p;
        const verschil = [
          debet.bsn !== x.bsn && `Bsn ${x.bsn} (debet ${debet.bsn})`,
          debet.ToewijzingNummer !== p.ToewijzingNummer && `ToewijzingNummer ${p.ToewijzingNummer} (debet ${debet.ToewijzingNummer})`,
          debet.ProductCategorie !== p.ProductCategorie && `ProductCategorie ${p.ProductCategorie} (debet ${debet.ProductCategorie})`,
          debet.ProductCode !== p.ProductCode && `ProductCode ${p.ProductCode} (debet ${debet.ProductCode})`,
          (debet.ProductPeriode.Begindatum !== p.ProductPeriode.Begindatum || debet.ProductPeriode.Einddatum !== p.ProductPeriode.Einddatum) &&
            `ProductPeriode ${p.ProductPeriode.Begindatum} t/m ${p.ProductPeriode.Einddatum} (debet ${debet.ProductPeriode.Begindatum} t/m ${debet.ProductPeriode.Einddatum})`,
        ].filter((v): v is string => typeof v === 'string');
        return verschil.length ? fout(`de credit wijkt af van debetprestatie ${vorig}: ${verschil.join(', ')}`) : [];
      }),
  },
  voorbeelden: [
    {
      naam: 'credit op een onbekende debetprestatie',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      ],
      bericht: (s) =>
        s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'C1', vorigeReferentie: 'P9', credit: true, toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'credit met een andere ProductPeriode dan de debetprestatie',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      ],
      bericht: (s) =>
        s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'C1', vorigeReferentie: 'P1', credit: true, toewijzing: 1, periode: '2026-05', volume: 10 }] }),
      verwacht: { klasse: PRESTATIE },
    },
    {
      naam: 'credit op een goedgekeurde debetprestatie',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      ],
      bericht: (s) =>
        s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'C1', vorigeReferentie: 'P1', credit: true, toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      verwacht: 'goed',
    },
    {
      naam: 'credit op een debet van een toewijzing die sindsdien is ingekort',
      geschiedenis: (s) => [
        ...s.levering({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', begin: '2026-01-05' }),
        s.declaratie({ nummer: 'D1', maand: '2026-04', prestaties: [{ referentie: 'P1', toewijzing: 1, periode: '2026-04', volume: 10 }] }),
        s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-03-31', reden: '05', toewijzingsdatum: '2026-06-01' }),
      ],
      bericht: (s) =>
        s.declaratie({ nummer: 'D2', maand: '2026-05', prestaties: [{ referentie: 'C1', vorigeReferentie: 'P1', credit: true, toewijzing: 1, periode: '2026-04', volume: 10 }] }),
      verwacht: 'goed',
    },
  ],
});
