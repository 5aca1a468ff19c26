/**
 * CD077 and CD078 say the same thing from both sides: a product has an Omvang or a Budget, never both.
 * A message that breaks one breaks the other, so their breaking examples name the other rule in
 * `metRegels`. Not a rule.
 */
import type { Voorbeeld } from '../regel';
import type { Sjablonen, Stap } from '../../berichten/sjablonen';
import { aangepast, aanvraag, budgetToewijzing, categorie, nieuwProduct, toewijzing, wijziging } from './voorbeeldberichten';

/** Messages with both an Omvang and a Budget in one product class, with the path of that class. */
const OMVANG_EN_BUDGET: readonly { naam: string; klasse: string; geschiedenis?: (s: Sjablonen) => Stap[]; bericht: (s: Sjablonen) => Stap }[] = [
  {
    naam: 'toewijzing met omvang en budget',
    klasse: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]',
    bericht: (s) => aangepast<'301'>(toewijzing(s), (b) => void (b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Budget = 150000)),
  },
  {
    naam: 'verzoek om toewijzing met omvang en budget',
    klasse: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]',
    bericht: (s) => aangepast<'315'>(aanvraag(s), (b) => void (b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Budget = 150000)),
  },
  {
    naam: 'verzoek om wijziging met omvang en budget',
    klasse: '/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]',
    geschiedenis: (s) => [toewijzing(s)],
    bericht: (s) => aangepast<'317'>(wijziging(s), (b) => void (b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Budget = 150000)),
  },
  {
    naam: 'verzoek om een nieuw product met omvang en budget',
    klasse: '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]',
    geschiedenis: (s) => [toewijzing(s)],
    bericht: (s) => aangepast<'317'>(nieuwProduct(s), (b) => void (b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.Budget = 150000)),
  },
];

/** The examples both rules share: both together in every product class, and only one of them. */
export const OMVANG_BUDGET_VOORBEELDEN: readonly Voorbeeld[] = [
  ...OMVANG_EN_BUDGET.map((v) => ({ ...v, metRegels: ['CD077', 'CD078'], verwacht: { klasse: v.klasse } })),
  { naam: 'toewijzing met alleen een budget', bericht: budgetToewijzing, verwacht: 'goed' },
  { naam: 'toewijzing met alleen een omvang', bericht: toewijzing, verwacht: 'goed' },
  { naam: 'verzoek om toewijzing met alleen een budget', bericht: (s) => aanvraag(s, { product: categorie(s), budget: 150000 }), verwacht: 'goed' },
  { naam: 'verzoek om toewijzing met alleen een omvang', bericht: (s) => aanvraag(s), verwacht: 'goed' },
  {
    naam: 'verzoek om wijziging met alleen een budget',
    geschiedenis: (s) => [budgetToewijzing(s)],
    bericht: (s) => wijziging(s, { ingang: '2026-06-01', budget: 200000 }),
    verwacht: 'goed',
  },
  { naam: 'verzoek om wijziging met alleen een omvang', geschiedenis: (s) => [toewijzing(s)], bericht: (s) => wijziging(s), verwacht: 'goed' },
  {
    naam: 'verzoek om een nieuw product met alleen een budget',
    geschiedenis: (s) => [toewijzing(s)],
    bericht: (s) => nieuwProduct(s, { product: categorie(s, 'ander'), budget: 50000 }),
    verwacht: 'goed',
  },
  { naam: 'verzoek om een nieuw product met alleen een omvang', geschiedenis: (s) => [toewijzing(s)], bericht: (s) => nieuwProduct(s), verwacht: 'goed' },
];
