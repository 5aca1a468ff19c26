import { regel } from '../regel';
import { antwoordOp, declaratieMei, geleverdEnGedeclareerd } from './declaratiehulp';

export const TR371 = regel({
  code: 'TR371',
  familie: 'berichtoverstijgend',
  retourcode: null,
  omschrijving: 'De XsdVersieDeclaratie in een declaratie-antwoord is de XsdVersie uit de Header van de declaratie die het beantwoordt.',
  lezing: 'De declaratie wordt gevonden via DeclaratieIdentificatie; is die onbekend, dan meldt TR337 dat en toetst deze regel niet.',
  controles: {
    '325': ({ bericht, toestand }) => {
      const d = toestand.declaraties.ontvangen(bericht.Header.DeclaratieIdentificatie.Identificatie);
      const a = bericht.Header.XsdVersieDeclaratie;
      if (!d || (a.BasisschemaXsdVersie === d.xsdVersie.BasisschemaXsdVersie && a.BerichtXsdVersie === d.xsdVersie.BerichtXsdVersie)) return [];
      return [
        {
          klasse: '/Bericht/Header',
          element: 'XsdVersieDeclaratie',
          melding: `XsdVersieDeclaratie ${a.BasisschemaXsdVersie}/${a.BerichtXsdVersie} is niet de XsdVersie ${d.xsdVersie.BasisschemaXsdVersie}/${d.xsdVersie.BerichtXsdVersie} van declaratie ${d.identificatie}`,
        },
      ];
    },
  },
  voorbeelden: [
    {
      naam: 'antwoord met een andere XsdVersie dan de declaratie',
      geschiedenis: geleverdEnGedeclareerd,
      bericht: (s) =>
        antwoordOp(declaratieMei(s), {
          wijzig: (b) => {
            b.Header.XsdVersieDeclaratie.BerichtXsdVersie = '1.0.1';
          },
        }),
      verwacht: { klasse: '/Bericht/Header' },
    },
    {
      naam: 'antwoord met de XsdVersie van de declaratie',
      geschiedenis: geleverdEnGedeclareerd,
      bericht: (s) => antwoordOp(declaratieMei(s)),
      verwacht: 'goed',
    },
  ],
});
