/**
 * The file drop, as many vendor products exchange messages: messages arrive as files in an inbox
 * (`inbox.ts`) and leave as files in an outbox (`outbox.ts`). Nothing is deleted.
 */
import type { Leesgrenzen } from '../../../standaard/xml/lezer';
import type { Transport } from '../contract';
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
  return {
    naam: 'bestand',
    uitgaand: bestandVerzender(),
    ...(o.inbox && {
      luister: (sessie) => {
        const inbox = new Inbox(o.inbox!, sessie, {
          ...(o.intervalMs !== undefined && { intervalMs: o.intervalMs }),
          ...(o.grenzen && { grenzen: o.grenzen }),
          ...(o.meld && { meld: o.meld }),
        });
        inbox.start();
        return inbox;
      },
    }),
  };
}
