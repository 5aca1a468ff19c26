/**
 * The file drop, as many vendor products exchange messages: messages arrive as files in an inbox
 * (`inbox.ts`) and leave as files in an outbox (`outbox.ts`). Nothing is deleted.
 */
import type { Leesgrenzen } from '../../../standaard/xml/lezer';
import type { Sessiepunt, Transport } from '../contract';
import { Inbox } from './inbox';
import { bestandVerzender } from './outbox';

export interface BestandenOpties {
  /** The directory watched for the default session's incoming messages; none: outbound only. */
  readonly inbox?: string;
  readonly intervalMs?: number;
  /** The size limit of a file (read no further than its size says). */
  readonly grenzen?: Leesgrenzen;
  readonly meld?: (tekst: string) => void;
}

export function bestandenTransport(o: BestandenOpties = {}): Transport {
  let inbox: Inbox | undefined;
  let bediend: (() => Sessiepunt) | undefined;
  return {
    naam: 'bestand',
    uitgaand: bestandVerzender(),
    ...(o.inbox && {
      luister: (sessie) => {
        inbox = new Inbox(o.inbox!, sessie, {
          ...(o.intervalMs !== undefined && { intervalMs: o.intervalMs }),
          ...(o.grenzen && { grenzen: o.grenzen }),
          ...(o.meld && { meld: o.meld }),
        });
        bediend = sessie;
        inbox.start();
        return inbox;
      },
      // Before our party acts: take what lies in the inbox now (a file is taken once it was stable for one pass).
      bijwerken: async (s) => {
        if (!inbox || bediend?.() !== s) return;
        for (let i = 0; i < 2; i++) {
          await inbox.ronde();
          await new Promise((r) => setTimeout(r, o.intervalMs ?? 200));
        }
        await inbox.ronde();
      },
    }),
  };
}
