import { regel, type Overtreding } from '../regel';

const PAD = '/Bericht/Client/ToegewezenProducten/ToegewezenProduct';

const productTekst = (p: { Categorie: string; Code?: string } | undefined) => (p ? `${p.Categorie}/${p.Code ?? '-'}` : 'geen');

export const TR332 = regel({
  code: 'TR332',
  familie: 'berichtoverstijgend',
  retourcode: '9332',
  omschrijving:
    'Een ToewijzingNummer hoort binnen de gemeente en het wettelijk domein bij precies één toegewezen product: een bekend nummer mag alleen terugkomen als nieuwe versie van diezelfde toewijzing.',
  lezing:
    'Dezelfde toewijzing betekent: dezelfde cliënt (Bsn), hetzelfde Product (Categorie en Code) en dezelfde Ingangsdatum; die mogen bij een wijziging niet veranderen (OP033x1 staat alleen Einddatum, Omvang en Budget toe). ' +
    'Binnen één bericht mag een nummer maar één keer voorkomen. Getoetst wordt binnen deze uitwisseling (één gemeente, één aanbieder, één domein); nummers die de gemeente aan andere aanbieders gaf, ziet de ontvanger niet.',
  controles: {
    '301': ({ bericht, toestand }) => {
      const bsn = bericht.Client.Bsn;
      const gezien = new Set<number>();
      const uit: Overtreding[] = [];
      bericht.Client.ToegewezenProducten.ToegewezenProduct.forEach((p, i) => {
        const klasse = `${PAD}[${i + 1}]`;
        if (gezien.has(p.ToewijzingNummer)) {
          uit.push({ klasse, element: 'ToewijzingNummer', melding: `ToewijzingNummer ${p.ToewijzingNummer} komt meer dan eens voor in dit bericht` });
          return;
        }
        gezien.add(p.ToewijzingNummer);
        const eerder = toestand.toewijzingen.actueleVersie(p.ToewijzingNummer);
        if (!eerder) return;
        const verschil =
          eerder.bsn !== bsn
            ? `een andere cliënt (${eerder.bsn})`
            : productTekst(eerder.Product) !== productTekst(p.Product)
              ? `product ${productTekst(eerder.Product)}`
              : eerder.Ingangsdatum !== p.Ingangsdatum
                ? `Ingangsdatum ${eerder.Ingangsdatum}`
                : undefined;
        if (verschil)
          uit.push({ klasse, element: 'ToewijzingNummer', melding: `ToewijzingNummer ${p.ToewijzingNummer} is al gebruikt voor een ander toegewezen product: ${verschil}` });
      });
      return uit;
    },
  },
  voorbeelden: [
    {
      naam: 'toewijzingnummer dat al bij een andere cliënt hoort',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' }, { bsn: '999996770' })],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'toewijzingnummer opnieuw gebruikt voor een ander product',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-03-31' })],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-04-01', eind: '2026-12-31', product: s.codes.ander, toewijzingsdatum: '2026-03-25' }),
      verwacht: { klasse: `${PAD}[1]` },
    },
    {
      naam: 'nieuwe versie van dezelfde toewijzing (einddatum opgerekt)',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-06-30' })],
      bericht: (s) => s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31', reden: '04', toewijzingsdatum: '2026-06-15' }),
      verwacht: 'goed',
    },
    {
      naam: 'nieuw toewijzingnummer voor een ander product',
      geschiedenis: (s) => [s.toewijzing({ nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' })],
      bericht: (s) =>
        s.toewijzing([
          { nummer: 1, ingang: '2026-01-01', eind: '2026-12-31' },
          { nummer: 2, ingang: '2026-04-01', eind: '2026-12-31', product: s.codes.ander, toewijzingsdatum: '2026-03-25' },
        ]),
      verwacht: 'goed',
    },
  ],
});
