/** Outbound files: each message is written to the outbox, under a temporary name first and then renamed, so readers never see half a file. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Aflevering, Bestemming, UitgaandBericht, Verzender } from '../contract';

export function bestandVerzender(): Verzender {
  return {
    bedient: (b: Bestemming) => !!b.outbox && (!b.transport || b.transport === 'bestand'),
    verstuur: async (bericht: UitgaandBericht, b: Bestemming): Promise<Aflevering> => {
      const outbox = b.outbox!;
      mkdirSync(outbox, { recursive: true });
      const naam = `${String(bericht.volgnr).padStart(6, '0')}-${bericht.berichttype ?? 'bericht'}-${bericht.identificatie ?? bericht.id}.xml`;
      const tijdelijk = path.join(outbox, `.${naam}.tmp`);
      writeFileSync(tijdelijk, bericht.xml);
      renameSync(tijdelijk, path.join(outbox, naam));
      return { uitslag: 'afgeleverd', referentie: naam };
    },
  };
}
