import { isVervallen } from '../../toestand/sleutels';
import { regel } from '../regel';
import { gestapeld, STAPELBAAR_WMO } from './hulp';

const TP = '/Bericht/Client/ToegewezenProducten/ToegewezenProduct';
/** Toewijzingen decided before the message, so the examples stay realistic. */
const BESLUIT = { toewijzingsdatum: '2026-06-15' };
const HULPMIDDEL = { Categorie: '11', Code: '11A01' };
const STUK = { Volume: 1, Eenheid: '82', Frequentie: '6' };

export const TR302 = regel({
  code: 'TR302',
  familie: 'xslt',
  retourcode: '0001',
  omschrijving:
    'Hetzelfde product komt alleen vaker in een toewijzingsbericht voor als de perioden (Ingangsdatum t/m Einddatum) elkaar niet overlappen. ' +
    'Zonder productcode wordt op categorie vergeleken; een toewijzing zonder product mag met geen enkele andere overlappen. ' +
    'Vervallen toewijzingen (Einddatum gelijk aan Ingangsdatum met RedenWijziging 13 of 01) tellen niet mee.',
  lezing:
    'Wmo: toewijzingen in categorie 11 tot en met 14 (hulpmiddelen en voorzieningen) mogen overlappen, met elkaar, met hetzelfde product en met een toewijzing zonder product. ' +
    'Jw kent die uitzondering niet (en die categorieën ook niet). Een toewijzing zonder Einddatum loopt open door. ' +
    'De overtreding staat op het latere van de twee ToegewezenProducten.',
  controles: {
    '301': ({ bericht, domein }) =>
      gestapeld(
        bericht.Client.ToegewezenProducten.ToegewezenProduct.flatMap((p, i) =>
          isVervallen(p) ? [] : [{ klasse: `${TP}[${i + 1}]`, product: p.Product, begin: p.Ingangsdatum, eind: p.Einddatum }],
        ),
        // Only the Wmo text exempts categories 11-14; the Jw text has no exemption.
        domein === 'wmo' ? STAPELBAAR_WMO : [],
      ),
  },
  voorbeelden: [
    {
      naam: 'hetzelfde product twee keer met overlappende perioden',
      bericht: (s) =>
        s.toewijzing([
          { nummer: 1, ingang: '2026-07-01', eind: '2026-12-31', ...BESLUIT },
          { nummer: 2, ingang: '2026-10-01', eind: '2027-03-31', ...BESLUIT },
        ]),
      verwacht: { klasse: `${TP}[2]` },
    },
    {
      naam: 'product zonder code overlapt met een product met code in dezelfde categorie',
      bericht: (s) =>
        s.toewijzing([
          { nummer: 1, ingang: '2026-07-01', eind: '2026-12-31', ...BESLUIT },
          { nummer: 2, ingang: '2026-12-01', eind: '2027-03-31', product: { Categorie: s.codes.product.Categorie }, omvang: null, ...BESLUIT },
        ]),
      verwacht: { klasse: `${TP}[2]` },
    },
    {
      naam: 'toewijzing zonder product (budget) overlapt met een ander product',
      bericht: (s) =>
        s.toewijzing([
          { nummer: 1, ingang: '2026-07-01', eind: '2026-12-31', product: null, budget: 250000, ...BESLUIT },
          { nummer: 2, ingang: '2026-07-01', eind: '2026-12-31', product: s.codes.ander, ...BESLUIT },
        ]),
      verwacht: { klasse: `${TP}[2]` },
    },
    {
      naam: 'hetzelfde product twee keer aansluitend',
      bericht: (s) =>
        s.toewijzing([
          { nummer: 1, ingang: '2026-07-01', eind: '2026-09-30', ...BESLUIT },
          { nummer: 2, ingang: '2026-10-01', eind: '2026-12-31', ...BESLUIT },
        ]),
      verwacht: 'goed',
    },
    {
      naam: 'verwijderde toewijzing telt niet mee naast een nieuwe toewijzing van hetzelfde product',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-07-01', eind: '2026-12-31', ...BESLUIT }, { dagtekening: '2026-06-15' })],
      bericht: (s) =>
        s.toewijzing([
          { nummer: 1, ingang: '2026-07-01', eind: '2026-07-01', reden: '13', ...BESLUIT },
          { nummer: 2, ingang: '2026-07-01', eind: '2026-12-31', ...BESLUIT },
        ]),
      verwacht: 'goed',
    },
    {
      naam: 'Wmo: twee rolstoelen tegelijk en een budget zonder product in dezelfde periode',
      domeinen: ['wmo'],
      bericht: (s) =>
        s.toewijzing([
          { nummer: 1, ingang: '2026-07-01', eind: '2026-12-31', product: HULPMIDDEL, omvang: STUK, ...BESLUIT },
          { nummer: 2, ingang: '2026-07-01', eind: '2026-12-31', product: HULPMIDDEL, omvang: STUK, ...BESLUIT },
          { nummer: 3, ingang: '2026-07-01', eind: '2026-12-31', product: null, budget: 250000, ...BESLUIT },
        ]),
      verwacht: 'goed',
    },
  ],
});
