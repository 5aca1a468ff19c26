/**
 * Building blocks for the examples of the conditions and constraints (and, for a changed message or a
 * relatie, of the xslt rules): a template's message changed in one place, a relatie, and the
 * declaratie histories the 323/325 examples share. Not a rule.
 */
import { declaratieAntwoordBericht } from '../../berichten/bouwers';
import type { Bericht, Berichtnummer } from '../../berichten/catalogus';
import type { AanvraagOpties, Omvang, PrestatieOpties, Product, Sjablonen, Stap } from '../../berichten/sjablonen';
import { antwoordOp } from '../berichtoverstijgend/declaratiehulp';
import { metTeken } from './klassen';

/**
 * A template's message with a change. The message is deep-copied first: templates share objects such
 * as the standard client, which must never be changed in place.
 */
export function aangepast<N extends Berichtnummer>(stap: Stap, wijzig: (b: Bericht<N>) => void): Stap {
  const kopie = structuredClone(stap);
  wijzig(kopie.bericht as Bericht<N>);
  return kopie;
}

export type Relatie = NonNullable<Bericht<'301'>['Client']['Relaties']>['Relatie'][number];

/** A parent of the client, reachable by phone and at a Dutch address. */
export function ouder(): Relatie {
  return {
    Nummer: 'REL1',
    Soort: '10',
    Geboortedatum: { Datum: '1980-05-01' },
    Geslacht: '2',
    Naam: { Geslachtsnaam: { Achternaam: 'Wit', Voorvoegsel: 'de' }, Voornamen: 'Anna', Voorletters: 'A', NaamGebruik: '1' },
    Contact: {
      Soort: '01',
      Adres: { Huis: { Huisnummer: 9, Huisletter: 'B' }, Postcode: '9999XX', Straatnaam: 'Van Woustraat', Plaatsnaam: 'Amsterdam', LandCode: 'NL' },
      Telefoon: { Telefoon01: { Telefoonnummer: '0201234567', Landnummer: '0031' } },
    },
  };
}

/** The usual toewijzing of the toewijzing examples: product with code, 3 uur per week, until the end of the year. */
export function toewijzing(s: Sjablonen): Stap {
  return s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31' });
}

/** A toewijzing with a relatie, changed by `wijzig`. */
export function toewijzingMetRelatie(s: Sjablonen, wijzig: (r: Relatie) => void = () => {}): Stap {
  return aangepast<'301'>(toewijzing(s), (b) => {
    const r = ouder();
    wijzig(r);
    b.Client.Relaties = { Relatie: [r] };
  });
}

// ---------------------------------------------------------------------------------------------
// Verzoeken: a verzoek om toewijzing (315) without history; a verzoek om wijziging (317) on toewijzing 1.

export const PER_WEEK: Omvang = { Volume: 3, Eenheid: '04', Frequentie: '2' };
export const PER_MAAND: Omvang = { Volume: 12, Eenheid: '04', Frequentie: '4' };

/** A verzoek om toewijzing of the domain's product from July to the end of the year, 3 uur per week. */
export function aanvraag(s: Sjablonen, o: Partial<AanvraagOpties> = {}): Stap {
  return s.vot({ referentie: 'VOT-1', ingang: '2026-07-01', eind: '2026-12-31', ...o });
}

/** The domain's product category without a product code (a generic toewijzing). */
export function categorie(s: Sjablonen, welk: 'product' | 'ander' = 'product'): Product {
  return { Categorie: s.codes[welk].Categorie };
}

/** A toewijzing of a budget for a product category (no product code), until the end of the year. */
export function budgetToewijzing(s: Sjablonen): Stap {
  return s.toewijzing({ nummer: 1, ingang: '2026-06-01', eind: '2026-12-31', product: categorie(s), budget: 150000 });
}

type Wijziging = NonNullable<Parameters<Sjablonen['vow']>[0]['teWijzigen']>[number];
type Nieuw = NonNullable<Parameters<Sjablonen['vow']>[0]['nieuw']>[number];

/** A verzoek om wijziging of toewijzing 1: from July 4 uur per week until the end of the year, unless changed. */
export function wijziging(s: Sjablonen, t: Partial<Wijziging> = {}): Stap {
  return s.vow({ referentie: 'VOW-1', teWijzigen: [{ nummer: 1, ingang: '2026-07-01', eind: '2026-12-31', omvang: { ...PER_WEEK, Volume: 4 }, ...t }] });
}

/** A verzoek om wijziging that keeps toewijzing 1 and asks for another product from July, unless changed. */
export function nieuwProduct(s: Sjablonen, n: Partial<Nieuw> = {}): Stap {
  return s.vow({ referentie: 'VOW-1', ongewijzigd: [1], nieuw: [{ product: s.codes.ander, ingang: '2026-07-01', eind: '2026-12-31', ...n }] });
}

// ---------------------------------------------------------------------------------------------
// Declaraties: toewijzing 1 from April, delivered since April; May declared and approved.

export const DECLARATIE_MEI = { nummer: 'DEC202605', identificatie: 'DEC202605' } as const;
export const DECLARATIE_JUNI = { nummer: 'DEC202606', identificatie: 'DEC202606' } as const;

export function levering(s: Sjablonen): Stap[] {
  return s.levering({ nummer: 1, ingang: '2026-04-01', eind: '2026-12-31', begin: '2026-04-01' });
}

/** The same delivery with an Omvang in euro's: at most 500 euro per month. */
export function euroLevering(s: Sjablonen): Stap[] {
  return s.levering({ nummer: 1, ingang: '2026-04-01', eind: '2026-12-31', begin: '2026-04-01', omvang: { Volume: 50000, Eenheid: '83', Frequentie: '4' } });
}

/** A prestatie on toewijzing 1: 8 uur in a month at the template's tariff. */
export function prestatie(referentie: string, maand: string, extra: Partial<PrestatieOpties> = {}): PrestatieOpties {
  return { referentie, toewijzing: 1, periode: maand, volume: 8, ...extra };
}

export function meiDeclaratie(s: Sjablonen): Stap {
  return s.declaratie({ nummer: DECLARATIE_MEI.nummer, maand: '2026-05', prestaties: [prestatie('PR202605A', '2026-05')] }, { identificatie: DECLARATIE_MEI.identificatie });
}

/** The delivery and the approved declaratie over May. */
export function declaratieGeschiedenis(s: Sjablonen): Stap[] {
  return [...levering(s), meiDeclaratie(s)];
}

/**
 * The declaratie over June that corrects May to nothing: May's prestatie credited, June declared at
 * the same amount, so the total is 0.
 */
export function juniCorrectie(s: Sjablonen): Stap {
  return s.declaratie(
    {
      nummer: DECLARATIE_JUNI.nummer,
      maand: '2026-06',
      prestaties: [prestatie('PR202605C', '2026-05', { credit: true, vorigeReferentie: 'PR202605A' }), prestatie('PR202606A', '2026-06')],
    },
    { identificatie: DECLARATIE_JUNI.identificatie },
  );
}

/**
 * The gemeente's declaratie-antwoord (325) on a declaratie: fully approved (8001) unless prestaties are
 * rejected with a code, in which case only those are returned (IV087).
 */
export function declaratieAntwoord(s: Sjablonen, heen: Stap, afgewezen: Record<string, string> = {}): Stap {
  const d = heen.bericht as Bericht<'323'>;
  const identificatie = `DA${d.Header.BerichtIdentificatie.Identificatie.slice(-8)}`;
  const alle = d.Declaratie.Clienten.Client.flatMap((c) => c.Prestaties.Prestatie);
  if (!alle.some((p) => afgewezen[p.ProductReferentie.ReferentieNummer])) return antwoordOp(heen, { identificatie });
  const goed = alle.filter((p) => !afgewezen[p.ProductReferentie.ReferentieNummer]);
  const som = goed.reduce((t, p) => t + metTeken(p.IngediendBedrag.Bedrag, p.IngediendBedrag), 0);
  const antwoord = declaratieAntwoordBericht(d, {
    identificatie,
    dagtekening: s.dagtekening,
    headerCodes: ['0200'],
    declaratieCodes: ['0200'],
    toegekend: { TotaalBedrag: Math.abs(som), DebetCredit: som < 0 ? 'C' : 'D' },
  });
  antwoord.DeclaratieAntwoord!.Clienten = {
    Client: d.Declaratie.Clienten.Client.flatMap((c) => {
      const fout = c.Prestaties.Prestatie.filter((p) => afgewezen[p.ProductReferentie.ReferentieNummer]);
      return fout.length
        ? [
            {
              Bsn: c.Bsn,
              Prestaties: { Prestatie: fout.map((p) => ({ ...p, RetourCodes: { RetourCode: [afgewezen[p.ProductReferentie.ReferentieNummer]!] } })) },
              RetourCodes: { RetourCode: ['0200'] },
            },
          ]
        : [];
    }),
  };
  return { nummer: '325', bericht: antwoord };
}
