/** The composite datatypes (CDT) of the basisschema; their elements live in the basisschema namespace. */
import { LDT } from './datatypes';
import { cdt, deel } from './model';

const Achternaam = cdt('CDT_Achternaam', [deel('Achternaam', LDT.Naam), deel('Voorvoegsel', LDT.Voorvoegsel, '?')]);
const Huis = cdt('CDT_Huis', [
  deel('Huisnummer', LDT.Huisnummer),
  deel('Huisletter', LDT.Huisletter, '?'),
  deel('HuisnummerToevoeging', LDT.HuisnummerToevoeging, '?'),
  deel('AanduidingWoonadres', LDT.AanduidingWoonadres, '?'),
]);
const Telefoon = cdt('CDT_Telefoon', [deel('Telefoonnummer', LDT.Telefoonnummer), deel('Landnummer', LDT.Landnummer)]);

export const CDT = {
  Achternaam,
  Adres: cdt('CDT_Adres', [
    deel('Huis', Huis, '?'),
    deel('Postcode', LDT.Postcode, '?'),
    deel('Straatnaam', LDT.Straatnaam, '?'),
    deel('Plaatsnaam', LDT.Plaatsnaam, '?'),
    deel('LandCode', LDT.LandCode, '?'),
  ]),
  BedragMetDC: cdt('CDT_BedragMetDC', [deel('Bedrag', LDT.Bedrag), deel('DebetCredit', LDT.DebetCredit)]),
  BerichtIdentificatie: cdt('CDT_BerichtIdentificatie', [deel('Identificatie', LDT.IdentificatieBericht), deel('Dagtekening', LDT.Datum)]),
  Communicatie: cdt('CDT_Communicatie', [deel('Vorm', LDT.Communicatievorm), deel('Taal', LDT.Taal, '?')]),
  Geboortedatum: cdt('CDT_Geboortedatum', [deel('Datum', LDT.Datum), deel('DatumGebruik', LDT.DatumGebruik, '?')]),
  GeslotenPeriode: cdt('CDT_GeslotenPeriode', [deel('Begindatum', LDT.Datum), deel('Einddatum', LDT.Datum)]),
  Huis,
  Omvang: cdt('CDT_Omvang', [deel('Volume', LDT.Volume), deel('Eenheid', LDT.Eenheid), deel('Frequentie', LDT.Frequentie)]),
  OpenPeriode: cdt('CDT_OpenPeriode', [deel('Begindatum', LDT.Datum, '?'), deel('Einddatum', LDT.Datum, '?')]),
  Product: cdt('CDT_Product', [deel('Categorie', LDT.ProductCategorie), deel('Code', LDT.ProductCode, '?')]),
  Referentie: cdt('CDT_Referentie', [deel('ReferentieNummer', LDT.ReferentieNummer), deel('VorigReferentieNummer', LDT.ReferentieNummer, '?')]),
  Telefoon,
  Telefoonnummers: cdt('CDT_Telefoonnummers', [deel('Telefoon01', Telefoon), deel('Telefoon02', Telefoon, '?')]),
  TotaalBedragMetDC: cdt('CDT_TotaalBedragMetDC', [deel('TotaalBedrag', LDT.TotaalBedrag), deel('DebetCredit', LDT.DebetCredit)]),
  VerkorteNaam: cdt('CDT_VerkorteNaam', [deel('Geslachtsnaam', Achternaam), deel('Voornamen', LDT.Naam, '?'), deel('Voorletters', LDT.Voorletters, '?')]),
  Verwijzer: cdt('CDT_Verwijzer', [deel('Type', LDT.TypeVerwijzer), deel('Naam', LDT.NaamVerwijzer, '?'), deel('ZorgverlenerCode', LDT.AgbCode, '?')]),
  VolledigeNaam: cdt('CDT_VolledigeNaam', [
    deel('Geslachtsnaam', Achternaam),
    deel('Partnernaam', Achternaam, '?'),
    deel('Voornamen', LDT.Naam, '?'),
    deel('Voorletters', LDT.Voorletters, '?'),
    deel('NaamGebruik', LDT.NaamGebruik),
  ]),
  XsdVersie: cdt('CDT_XsdVersie', [deel('BasisschemaXsdVersie', LDT.Versie), deel('BerichtXsdVersie', LDT.Versie)]),
} as const;
