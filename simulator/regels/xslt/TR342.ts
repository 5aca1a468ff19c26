import { declaratieAntwoordBericht } from '../../berichten/bouwers';
import type { Bericht } from '../../berichten/catalogus';
import type { Sjablonen, Stap } from '../../berichten/sjablonen';
import { regel, type Overtreding } from '../regel';
import { declaratieGeschiedenis, volledigAntwoord } from './hulp';

/** Two deliveries of different products and a declaratie over May 2026 with one prestatie on each (50000 + 20000). */
const TWEE_LEVERINGEN = (s: Sjablonen): Stap[] => [
  s.toewijzing(
    [
      { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', toewijzingsdatum: '2025-12-15' },
      { nummer: 2, ingang: '2026-01-01', eind: '2026-12-31', toewijzingsdatum: '2025-12-15', product: s.codes.ander },
    ],
    { dagtekening: '2025-12-15' },
  ),
  s.start([
    { nummer: 1, ingang: '2026-01-01', begin: '2026-01-05' },
    { nummer: 2, ingang: '2026-01-01', begin: '2026-01-05', product: s.codes.ander },
  ]),
];

const DECLARATIE_TWEE = (s: Sjablonen): Bericht<'323'> =>
  s.declaratie(
    {
      nummer: 'D2026050002',
      maand: '2026-05',
      prestaties: [
        { referentie: 'P202605011', toewijzing: 1, periode: '2026-05', volume: 10 },
        { referentie: 'P202605012', toewijzing: 2, product: s.codes.ander, periode: '2026-05', volume: 4 },
      ],
    },
    { identificatie: 'DECL000002' },
  ).bericht as Bericht<'323'>;

/** A declaratie-antwoord listing only the prestaties given with their codes, as IV087 prescribes. */
function antwoordMet(
  s: Sjablonen,
  heen: Bericht<'323'>,
  o: { afgewezen: Record<string, string>; toegekend: { TotaalBedrag: number; DebetCredit: string }; declaratieCodes?: string[] },
): Stap {
  const antwoord = declaratieAntwoordBericht(heen, {
    identificatie: 'ANTW000002',
    dagtekening: s.dagtekening,
    headerCodes: ['0200'],
    prestatieCodes: (ci, pi) => [o.afgewezen[heen.Declaratie.Clienten.Client[ci]!.Prestaties.Prestatie[pi]!.ProductReferentie.ReferentieNummer] ?? '0200'],
    toegekend: o.toegekend,
    ...(o.declaratieCodes && { declaratieCodes: o.declaratieCodes }),
  });
  const d = antwoord.DeclaratieAntwoord!;
  const clienten = d.Clienten!.Client.map((c) => ({ ...c, Prestaties: { Prestatie: c.Prestaties.Prestatie.filter((p) => p.ProductReferentie.ReferentieNummer in o.afgewezen) } })).filter(
    (c) => c.Prestaties.Prestatie.length > 0,
  );
  if (clienten.length) d.Clienten = { Client: clienten };
  else delete d.Clienten;
  return { nummer: '325', bericht: antwoord };
}


const waarde = (b: { DebetCredit: string }, bedrag: number) => (b.DebetCredit === 'C' ? -bedrag : bedrag);
const euro = (centen: number) => `${centen < 0 ? '-' : ''}${Math.floor(Math.abs(centen) / 100)},${String(Math.abs(centen) % 100).padStart(2, '0')}`;
/** Approving codes: nothing wrong with the class, or the whole declaratie awarded. */
const goedkeurend = (c: string) => c === '0200' || c === '8001';

const ANTWOORD = '/Bericht/DeclaratieAntwoord';

export const TR342 = regel({
  code: 'TR342',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving:
    'Een declaratie-antwoord bevat alleen afgewezen prestaties. Is de DeclaratieAntwoord-klasse zelf afgekeurd, dan bevat het geen prestaties en is het TotaalToegekendBedrag 0; ' +
    'anders is de som van de IngediendBedragen van de meegestuurde prestaties (debet min credit) gelijk aan het TotaalIngediendBedrag min het TotaalToegekendBedrag.',
  lezing:
    'Een prestatie of klasse is afgewezen als haar RetourCodes een andere code dan 0200 of 8001 bevatten (ook 0233, niet beoordeeld wegens een afgekeurde Client). ' +
    'Een meegestuurde prestatie met alleen 0200 of 8001 is dus een overtreding. Bedragen worden met hun teken vergeleken (credit telt negatief). ' +
    'Is de Header afgekeurd, dan is er niets te toetsen.',
  controles: {
    '325': ({ bericht }) => {
      const d = bericht.DeclaratieAntwoord;
      if (!d || bericht.Header.RetourCodes.RetourCode.some((c) => !goedkeurend(c))) return [];
      const clienten = d.Clienten?.Client ?? [];
      const toegekend = waarde(d.TotaalToegekendBedrag, d.TotaalToegekendBedrag.TotaalBedrag);
      if (d.RetourCodes.RetourCode.some((c) => !goedkeurend(c))) {
        const uit: Overtreding[] = [];
        if (clienten.length)
          uit.push({ klasse: ANTWOORD, element: 'Clienten', melding: 'DeclaratieAntwoord is afgekeurd en bevat toch prestaties; die zijn dan niet beoordeeld en worden niet meegestuurd' });
        if (toegekend !== 0)
          uit.push({ klasse: ANTWOORD, element: 'TotaalToegekendBedrag', melding: `DeclaratieAntwoord is afgekeurd, maar TotaalToegekendBedrag is ${euro(toegekend)} in plaats van 0` });
        return uit;
      }
      const uit: Overtreding[] = clienten.flatMap((c, ci) =>
        c.Prestaties.Prestatie.flatMap((p, pi) =>
          p.RetourCodes.RetourCode.every(goedkeurend)
            ? [
                {
                  klasse: `${ANTWOORD}/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]`,
                  melding: `prestatie ${p.ProductReferentie.ReferentieNummer} is niet afgewezen (RetourCode ${p.RetourCodes.RetourCode.join(', ')}) en hoort niet in het declaratie-antwoord`,
                },
              ]
            : [],
        ),
      );
      const afgewezen = clienten.reduce((som, c) => som + c.Prestaties.Prestatie.reduce((s, p) => s + waarde(p.IngediendBedrag, p.IngediendBedrag.Bedrag), 0), 0);
      const ingediend = waarde(d.TotaalIngediendBedrag, d.TotaalIngediendBedrag.TotaalBedrag);
      if (afgewezen !== ingediend - toegekend) {
        uit.push({
          klasse: ANTWOORD,
          element: 'TotaalToegekendBedrag',
          melding: `de meegestuurde prestaties samen (${euro(afgewezen)}) verklaren het verschil tussen TotaalIngediendBedrag ${euro(ingediend)} en TotaalToegekendBedrag ${euro(toegekend)} niet (${euro(ingediend - toegekend)})`,
        });
      }
      return uit;
    },
  },
  voorbeelden: [
    {
      naam: 'antwoord kent minder toe dan ingediend zonder een afgewezen prestatie mee te sturen',
      bericht: (s) => antwoordMet(s, DECLARATIE_TWEE(s), { afgewezen: {}, toegekend: { TotaalBedrag: 50000, DebetCredit: 'D' } }),
      verwacht: { klasse: ANTWOORD },
    },
    {
      naam: 'antwoord stuurt een goedgekeurde prestatie mee',
      bericht: (s) => antwoordMet(s, DECLARATIE_TWEE(s), { afgewezen: { P202605011: '0200', P202605012: '9321' }, toegekend: { TotaalBedrag: 50000, DebetCredit: 'D' } }),
      verwacht: { klasse: `${ANTWOORD}/Clienten/Client[1]/Prestaties/Prestatie[1]` },
    },
    {
      naam: 'afgekeurde DeclaratieAntwoord met een toegekend bedrag',
      bericht: (s) => antwoordMet(s, DECLARATIE_TWEE(s), { afgewezen: {}, toegekend: { TotaalBedrag: 70000, DebetCredit: 'D' }, declaratieCodes: ['9333'] }),
      verwacht: { klasse: ANTWOORD },
    },
    {
      naam: 'antwoord wijst één van twee prestaties af en kent de andere toe',
      geschiedenis: (s) => [...TWEE_LEVERINGEN(s), { nummer: '323', bericht: DECLARATIE_TWEE(s) }],
      bericht: (s) => antwoordMet(s, DECLARATIE_TWEE(s), { afgewezen: { P202605012: '9321' }, toegekend: { TotaalBedrag: 50000, DebetCredit: 'D' } }),
      verwacht: 'goed',
    },
    {
      naam: 'antwoord dat de hele declaratie toekent',
      geschiedenis: declaratieGeschiedenis,
      bericht: volledigAntwoord,
      verwacht: 'goed',
    },
  ],
});
