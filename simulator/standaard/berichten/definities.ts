/**
 * The structure of the 28 messages. Each family function describes a heenbericht and, with
 * `retour = true`, its retourbericht: the same classes, each berichtklasse closed by its
 * RetourCodes, the Header extended with the retour fields and the body made optional
 * (a message rejected as a whole is answered with a Header only).
 * WMO/JW 323 and 325 are not mirrors of each other and are described separately.
 */
import { CDT } from './cdt';
import { LDT, metPatroon, PATRONEN, vasteTekst, vastGeheel } from './datatypes';
import { deel, groep, klasse, lijst, type Deel, type Samengesteld, type Tekst, type Type } from './model';
import type { Domein, Rol } from '../woorden';

export const RetourCodes = lijst('RetourCodes', 'RetourCode', LDT.RetourCode);
type RetourCodesDeel = Deel<'RetourCodes', typeof RetourCodes, '1'>;
const retourCodesDeel: RetourCodesDeel = deel('RetourCodes', RetourCodes);

type Met<R extends boolean, D extends readonly Deel[]> = R extends true ? readonly [...D, RetourCodesDeel] : D;

/** A berichtklasse; in a retourbericht it ends with its RetourCodes. */
function rklasse<N extends string, const D extends readonly Deel[], R extends boolean>(naam: N, delen: D, retour: R): Samengesteld<N, Met<R, D>> {
  return klasse(naam, (retour ? [...delen, retourCodesDeel] : delen) as Met<R, D>);
}

// ---------------------------------------------------------------------------------------------
// Header

export const BERICHTCODES: Record<Domein, Record<string, string>> = {
  wmo: {
    '301': '414',
    '302': '415',
    '305': '418',
    '306': '419',
    '307': '420',
    '308': '421',
    '315': '444',
    '316': '445',
    '317': '480',
    '318': '481',
    '319': '482',
    '320': '483',
    '323': '484',
    '325': '485',
  },
  jw: {
    '301': '436',
    '302': '437',
    '305': '438',
    '306': '439',
    '307': '440',
    '308': '441',
    '315': '446',
    '316': '447',
    '317': '486',
    '318': '487',
    '319': '488',
    '320': '489',
    '323': '490',
    '325': '491',
  },
};

/** Who sends the heenbericht: the gemeente (301, 319) or the aanbieder (305, 307, 315, 317, 323). */
type Richting = Rol;

function heenHeaderDelen<A extends Tekst, O extends Tekst>(code: string, afzender: A, ontvanger: O) {
  return [
    deel('BerichtCode', vasteTekst(LDT.BerichtCode, code)),
    deel('BerichtVersie', vastGeheel(LDT.BerichtVersie, '3')),
    deel('BerichtSubversie', vastGeheel(LDT.BerichtSubversie, '2')),
    deel('Afzender', afzender),
    deel('Ontvanger', ontvanger),
    deel('BerichtIdentificatie', CDT.BerichtIdentificatie),
    deel('XsdVersie', CDT.XsdVersie),
  ] as const;
}
type HeenHeaderDelen = ReturnType<typeof heenHeaderDelen<Tekst, Tekst>>;

const retourHeaderDelen = [
  deel('IdentificatieRetour', LDT.IdentificatieBericht),
  deel('DagtekeningRetour', LDT.Datum),
  deel('XsltVersie', LDT.Versie, '?'),
  deel('XsdVersieRetour', CDT.XsdVersie),
  deel('RetourCodes', RetourCodes, '?'),
] as const;
type RetourHeaderDelen = typeof retourHeaderDelen;

type HeaderDelen<R extends boolean> = R extends true ? readonly [...HeenHeaderDelen, ...RetourHeaderDelen] : HeenHeaderDelen;

function header<R extends boolean>(code: string, richting: Richting, retour: R): Samengesteld<'Header', HeaderDelen<R>> {
  const [afzender, ontvanger] = richting === 'gemeente' ? [LDT.Gemeente, LDT.AgbCode] : [LDT.AgbCode, LDT.Gemeente];
  const heen = heenHeaderDelen(code, afzender, ontvanger);
  return groep('Header', (retour ? [...heen, ...retourHeaderDelen] : heen) as HeaderDelen<R>);
}

type Lichaam<R extends boolean, N extends string, T extends Type> = R extends true ? Deel<N, T, '?'> : Deel<N, T, '1'>;

function root<R extends boolean, N extends string, T extends Type, H extends Type>(
  kop: H,
  naam: N,
  type: T,
  retour: R,
): Samengesteld<'Root', readonly [Deel<'Header', H, '1'>, Lichaam<R, N, T>]> {
  const lichaam = deel(naam, type, retour ? '?' : '1') as Lichaam<R, N, T>;
  return groep('Root', [deel('Header', kop), lichaam] as const);
}

// ---------------------------------------------------------------------------------------------
// 301/302 Toewijzing

function toewijzing<R extends boolean>(d: Domein, retour: R) {
  const Contact = rklasse(
    'Contact',
    [
      deel('Soort', LDT.AdresSoort),
      deel('Adres', CDT.Adres, '?'),
      deel('Organisatie', LDT.Organisatienaam, '?'),
      deel('Telefoon', CDT.Telefoonnummers, '?'),
      deel('Emailadres', LDT.Emailadres, '?'),
      deel('Periode', CDT.OpenPeriode, '?'),
    ],
    retour,
  );
  const Relatie = rklasse(
    'Relatie',
    [
      deel('Nummer', LDT.Persoonsid),
      deel('Volgorde', LDT.RelatieVolgorde, '?'),
      deel('Soort', LDT.SoortRelatie),
      deel('Geboortedatum', CDT.Geboortedatum, '?'),
      deel('Geslacht', LDT.Geslacht, '?'),
      deel('Naam', CDT.VolledigeNaam),
      deel('Contact', Contact),
    ],
    retour,
  );
  const ToegewezenProduct = rklasse(
    'ToegewezenProduct',
    [
      deel('ToewijzingNummer', LDT.Nummer),
      deel('ReferentieAanbieder', LDT.Referentie, '?'),
      deel('Product', CDT.Product, '?'),
      deel('Toewijzingsdatum', LDT.Datum),
      deel('Toewijzingstijd', LDT.Tijd),
      deel('Ingangsdatum', LDT.Datum),
      deel('Einddatum', LDT.Datum, '?'),
      deel('RedenWijziging', LDT.RedenWijziging, '?'),
      deel('Omvang', CDT.Omvang, '?'),
      deel('Budget', LDT.Budget, '?'),
      deel('Commentaar', LDT.Commentaar, '?'),
    ],
    retour,
  );
  const Client = rklasse(
    'Client',
    [
      deel('Bsn', LDT.BurgerServicenummer),
      deel('Geboortedatum', CDT.Geboortedatum),
      deel('Geslacht', LDT.Geslacht),
      deel('Naam', CDT.VolledigeNaam),
      deel('Communicatie', CDT.Communicatie, '?'),
      deel('JuridischeStatus', LDT.JuridischeStatus, '?'),
      deel('WettelijkeVertegenwoordiging', LDT.WettelijkeVertegenwoordiging, '?'),
      deel('Commentaar', LDT.Commentaar, '?'),
      deel('Relaties', lijst('Relaties', 'Relatie', Relatie), '?'),
      deel('Contactgegevens', lijst('Contactgegevens', 'Contact', Contact)),
      deel('ToegewezenProducten', lijst('ToegewezenProducten', 'ToegewezenProduct', ToegewezenProduct)),
    ],
    retour,
  );
  return root(header(BERICHTCODES[d][retour ? '302' : '301'], 'gemeente', retour), 'Client', Client, retour);
}

// ---------------------------------------------------------------------------------------------
// 305/306 Start zorg, 307/308 Stop zorg

function clientKern() {
  return [deel('Bsn', LDT.BurgerServicenummer), deel('Geboortedatum', CDT.Geboortedatum), deel('Geslacht', LDT.Geslacht), deel('Naam', CDT.VerkorteNaam)] as const;
}

function start<R extends boolean>(d: Domein, retour: R) {
  const StartProduct = rklasse(
    'StartProduct',
    [
      deel('ToewijzingNummer', LDT.Nummer, '?'),
      deel('Product', CDT.Product, '?'),
      deel('ToewijzingIngangsdatum', LDT.Datum, '?'),
      deel('Begindatum', LDT.Datum),
      deel('StatusAanlevering', LDT.StatusAanlevering),
    ],
    retour,
  );
  const Client = rklasse('Client', [...clientKern(), deel('StartProducten', lijst('StartProducten', 'StartProduct', StartProduct))], retour);
  return root(header(BERICHTCODES[d][retour ? '306' : '305'], 'aanbieder', retour), 'Client', Client, retour);
}

function stop<R extends boolean>(d: Domein, retour: R) {
  const StopProduct = rklasse(
    'StopProduct',
    [
      deel('ToewijzingNummer', LDT.Nummer, '?'),
      deel('Product', CDT.Product, '?'),
      deel('ToewijzingIngangsdatum', LDT.Datum, '?'),
      deel('Begindatum', LDT.Datum),
      deel('RedenBeeindiging', LDT.RedenBeeindiging),
      deel('Einddatum', LDT.Datum),
      deel('StatusAanlevering', LDT.StatusAanlevering),
    ],
    retour,
  );
  const Client = rklasse('Client', [...clientKern(), deel('StopProducten', lijst('StopProducten', 'StopProduct', StopProduct))], retour);
  return root(header(BERICHTCODES[d][retour ? '308' : '307'], 'aanbieder', retour), 'Client', Client, retour);
}

// ---------------------------------------------------------------------------------------------
// 315/316 Verzoek om toewijzing

function verzoekOmToewijzing<R extends boolean>(d: Domein, retour: R) {
  const AangevraagdProduct = rklasse(
    'AangevraagdProduct',
    [
      deel('ReferentieAanbieder', LDT.Referentie),
      deel('BeschikkingNummer', LDT.Nummer, '?'),
      deel('Product', CDT.Product, '?'),
      deel('BeschikkingIngangsdatum', LDT.Datum, '?'),
      deel('ToewijzingIngangsdatum', LDT.Datum),
      deel('ToewijzingEinddatum', LDT.Datum, '?'),
      deel('Omvang', CDT.Omvang, '?'),
      deel('Budget', LDT.Budget, '?'),
      deel('Verwijzer', CDT.Verwijzer),
      deel('Raamcontract', LDT.JaNee, '?'),
      deel('Commentaar', LDT.Commentaar, '?'),
    ],
    retour,
  );
  const Client = rklasse(
    'Client',
    [
      ...clientKern(),
      deel('GezagsdragerBekend', LDT.JaNee, '?', { alleen: 'jw' }),
      deel('Commentaar', LDT.Commentaar, '?'),
      deel('AangevraagdeProducten', lijst('AangevraagdeProducten', 'AangevraagdProduct', AangevraagdProduct)),
    ],
    retour,
  );
  return root(header(BERICHTCODES[d][retour ? '316' : '315'], 'aanbieder', retour), 'Client', Client, retour);
}

// ---------------------------------------------------------------------------------------------
// 317/318 Verzoek om wijziging

function verzoekOmWijziging<R extends boolean>(d: Domein, retour: R) {
  const OngewijzigdProduct = rklasse('OngewijzigdProduct', [deel('ToewijzingNummer', LDT.Nummer)], retour);
  const TeWijzigenProduct = rklasse(
    'TeWijzigenProduct',
    [
      deel('ToewijzingNummer', LDT.Nummer),
      deel('GewensteIngangsdatum', LDT.Datum),
      deel('Einddatum', LDT.Datum, '?'),
      deel('Omvang', CDT.Omvang, '?'),
      deel('Budget', LDT.Budget, '?'),
    ],
    retour,
  );
  const NieuwProduct = rklasse(
    'NieuwProduct',
    [
      deel('Product', CDT.Product, '?'),
      deel('GewensteIngangsdatum', LDT.Datum),
      deel('Einddatum', LDT.Datum, '?'),
      deel('Omvang', CDT.Omvang, '?'),
      deel('Budget', LDT.Budget, '?'),
    ],
    retour,
  );
  const Verzoek = rklasse(
    'Verzoek',
    [
      deel('ReferentieAanbieder', LDT.Referentie),
      deel('RedenVerzoek', LDT.RedenVerzoek),
      deel('OngewijzigdeProducten', lijst('OngewijzigdeProducten', 'OngewijzigdProduct', OngewijzigdProduct), '?'),
      deel('TeWijzigenProducten', lijst('TeWijzigenProducten', 'TeWijzigenProduct', TeWijzigenProduct), '?'),
      deel('NieuweProducten', lijst('NieuweProducten', 'NieuwProduct', NieuwProduct), '?'),
    ],
    retour,
  );
  const Client = rklasse('Client', [deel('Bsn', LDT.BurgerServicenummer), deel('Verzoek', Verzoek)], retour);
  return root(header(BERICHTCODES[d][retour ? '318' : '317'], 'aanbieder', retour), 'Client', Client, retour);
}

// ---------------------------------------------------------------------------------------------
// 319/320 Antwoord op verzoek

function antwoord<R extends boolean>(d: Domein, retour: R) {
  const Woonplaatsbeginsel = rklasse('Woonplaatsbeginsel', [deel('Gemeente', LDT.Gemeente)], retour);
  const Antwoord = rklasse(
    'Antwoord',
    [
      deel('ReferentieAanbieder', LDT.Referentie),
      deel('VerzoekAntwoord', LDT.VerzoekAntwoord),
      deel('RedenAfwijzingVerzoek', LDT.RedenAfwijzingVerzoek, '?'),
      deel('Woonplaatsbeginsel', Woonplaatsbeginsel, '?', { alleen: 'jw' }),
    ],
    retour,
  );
  return root(header(BERICHTCODES[d][retour ? '320' : '319'], 'gemeente', retour), 'Antwoord', Antwoord, retour);
}

// ---------------------------------------------------------------------------------------------
// 323 Declaratie, 325 Declaratie-antwoord

const prestatieDelen = [
  deel('ProductReferentie', CDT.Referentie),
  deel('ToewijzingNummer', LDT.Nummer),
  deel('ProductCategorie', LDT.ProductCategorie),
  deel('ProductCode', LDT.ProductCode),
  deel('ProductPeriode', CDT.GeslotenPeriode),
  deel('GeleverdVolume', LDT.Volume),
  deel('Eenheid', LDT.Eenheid),
  deel('ProductTarief', LDT.Bedrag, '?'),
  deel('IngediendBedrag', CDT.BedragMetDC),
] as const;

function declaratie(d: Domein) {
  const Prestatie = klasse('Prestatie', prestatieDelen);
  const Client = klasse('Client', [deel('Bsn', LDT.BurgerServicenummer), deel('Prestaties', lijst('Prestaties', 'Prestatie', Prestatie))]);
  const Declaratie = klasse('Declaratie', [
    deel('DeclaratieNummer', metPatroon(LDT.IdentificatieDeclaratie, PATRONEN.alfanumeriek)),
    deel('DeclaratiePeriode', CDT.GeslotenPeriode),
    deel('DeclaratieDagtekening', LDT.Datum),
    deel('TotaalIngediendBedrag', CDT.TotaalBedragMetDC),
    deel('Clienten', lijst('Clienten', 'Client', Client)),
  ]);
  return root(header(BERICHTCODES[d]['323'], 'aanbieder', false), 'Declaratie', Declaratie, false);
}

function declaratieAntwoord(d: Domein) {
  const Prestatie = klasse('Prestatie', [...prestatieDelen, retourCodesDeel]);
  const Client = klasse('Client', [deel('Bsn', LDT.BurgerServicenummer), deel('Prestaties', lijst('Prestaties', 'Prestatie', Prestatie)), retourCodesDeel]);
  const DeclaratieAntwoord = klasse('DeclaratieAntwoord', [
    deel('DeclaratieNummer', LDT.IdentificatieDeclaratie),
    deel('TotaalIngediendBedrag', CDT.TotaalBedragMetDC),
    deel('TotaalToegekendBedrag', CDT.TotaalBedragMetDC),
    deel('Clienten', lijst('Clienten', 'Client', Client), '?'),
    retourCodesDeel,
  ]);
  const Header = groep('Header', [
    ...heenHeaderDelen(BERICHTCODES[d]['325'], LDT.Gemeente, LDT.AgbCode),
    deel('DeclaratieIdentificatie', CDT.BerichtIdentificatie),
    deel('XsltVersie', LDT.Versie, '?'),
    deel('XsdVersieDeclaratie', CDT.XsdVersie),
    retourCodesDeel,
  ]);
  return root(Header, 'DeclaratieAntwoord', DeclaratieAntwoord, true);
}

/** Every message of one domain, by its number. */
export function definities(d: Domein) {
  return {
    '301': toewijzing(d, false),
    '302': toewijzing(d, true),
    '305': start(d, false),
    '306': start(d, true),
    '307': stop(d, false),
    '308': stop(d, true),
    '315': verzoekOmToewijzing(d, false),
    '316': verzoekOmToewijzing(d, true),
    '317': verzoekOmWijziging(d, false),
    '318': verzoekOmWijziging(d, true),
    '319': antwoord(d, false),
    '320': antwoord(d, true),
    '323': declaratie(d),
    '325': declaratieAntwoord(d),
  } as const;
}

export type Definities = ReturnType<typeof definities>;
export type Berichtnummer = keyof Definities;
