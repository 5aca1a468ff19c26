/**
 * The file drop, as many vendor products exchange messages: messages arrive as files in an inbox
 * (`inbox.ts`) and leave as files in an outbox (`outbox.ts`). Nothing is deleted.
 */
import type { Transport } from '../contract';
import { Inbox } from './inbox';
import { bestandVerzender } from './outbox';

export interface BestandenOpties {
  /** The directory watched for the default session's incoming messages; none: outbound only. */
  readonly inbox?: string;
  readonly intervalMs?: number;
}

export function bestandenTransport(o: BestandenOpties = {}): Transport {
  return {
    naam: 'bestand',
    uitgaand: bestandVerzender(),
    ...(o.inbox && {
      luister: (sessie) => {
        const inbox = new Inbox(o.inbox!, sessie, o.intervalMs);
        inbox.start();
        return inbox;
      },
    }),
  };
}
