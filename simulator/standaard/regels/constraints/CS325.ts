import { regel, type Overtreding, type RegelContext } from '../regel';
import { prestaties } from '../condities/klassen';
import { aangepast, declaratieAntwoord, declaratieGeschiedenis, DECLARATIE_JUNI, juniCorrectie, prestatie } from '../condities/voorbeeldberichten';

type Bedrag = { DebetCredit: string } & ({ Bedrag: number } | { TotaalBedrag: number });

function nulIsDebet(klasse: string, element: string, b: Bedrag): Overtreding[] {
  const waarde = 'Bedrag' in b ? b.Bedrag : b.TotaalBedrag;
  return waarde === 0 && b.DebetCredit !== 'D'
    ? [{ klasse, element: `${element}/DebetCredit`, melding: `${element} is 0 met DebetCredit ${b.DebetCredit}; een bedrag van 0 is debet (D)` }]
    : [];
}

function controle(ctx: RegelContext): Overtreding[] {
  const perPrestatie = prestaties(ctx).flatMap(({ klasse, p }) => nulIsDebet(klasse, 'IngediendBedrag', p.IngediendBedrag));
  if (ctx.nummer === '323') {
    const d = (ctx.bericht as RegelContext<'323'>['bericht']).Declaratie;
    return [...nulIsDebet('/Bericht/Declaratie', 'TotaalIngediendBedrag', d.TotaalIngediendBedrag), ...perPrestatie];
  }
  const a = (ctx.bericht as RegelContext<'325'>['bericht']).DeclaratieAntwoord;
  if (!a) return [];
  return [
    ...nulIsDebet('/Bericht/DeclaratieAntwoord', 'TotaalIngediendBedrag', a.TotaalIngediendBedrag),
    ...nulIsDebet('/Bericht/DeclaratieAntwoord', 'TotaalToegekendBedrag', a.TotaalToegekendBedrag),
    ...perPrestatie,
  ];
}

export const CS325 = regel({
  code: 'CS325',
  familie: 'constraint',
  retourcode: '0001',
  omschrijving: 'Een bedrag van 0 heeft DebetCredit D.',
  lezing:
    'Getoetst: IngediendBedrag van elke prestatie en TotaalIngediendBedrag in de declaratie; TotaalIngediendBedrag, TotaalToegekendBedrag en het IngediendBedrag van elke teruggegeven prestatie in het declaratie-antwoord.',
  controles: { '323': controle, '325': controle },
  voorbeelden: [
    {
      naam: 'correctie die op 0 uitkomt met een credittotaal',
      geschiedenis: declaratieGeschiedenis,
      bericht: (s) => aangepast<'323'>(juniCorrectie(s), (b) => void (b.Declaratie.TotaalIngediendBedrag.DebetCredit = 'C')),
      verwacht: { klasse: '/Bericht/Declaratie' },
    },
    {
      naam: 'correctie die op 0 uitkomt met een debettotaal',
      geschiedenis: declaratieGeschiedenis,
      bericht: juniCorrectie,
      verwacht: 'goed',
    },
    {
      naam: 'creditprestatie van 0',
      geschiedenis: declaratieGeschiedenis,
      bericht: (s) =>
        s.declaratie({
          nummer: DECLARATIE_JUNI.nummer,
          maand: '2026-06',
          prestaties: [prestatie('PR202605C', '2026-05', { credit: true, vorigeReferentie: 'PR202605A', bedrag: 0 }), prestatie('PR202606A', '2026-06')],
        }),
      verwacht: { klasse: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]' },
    },
    {
      naam: 'declaratie-antwoord kent 0 toe als credit',
      geschiedenis: (s) => [...declaratieGeschiedenis(s), juniCorrectie(s)],
      bericht: (s) => aangepast<'325'>(declaratieAntwoord(s, juniCorrectie(s)), (b) => void (b.DeclaratieAntwoord!.TotaalToegekendBedrag.DebetCredit = 'C')),
      verwacht: { klasse: '/Bericht/DeclaratieAntwoord' },
    },
    {
      naam: 'declaratie-antwoord kent 0 toe als debet',
      geschiedenis: (s) => [...declaratieGeschiedenis(s), juniCorrectie(s)],
      bericht: (s) => declaratieAntwoord(s, juniCorrectie(s)),
      verwacht: 'goed',
    },
  ],
});
