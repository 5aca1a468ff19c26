/** For tests of delivery: a SUT on loopback that counts what it receives (and can be down), and waiting for a condition. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `f` until it gives a value; fails after `ms` naming what it waited for. */
export async function totDat<T>(ms: number, f: () => Promise<T | undefined> | T | undefined, waarop = 'voorwaarde'): Promise<T> {
  const einde = Date.now() + ms;
  for (;;) {
    const r = await f();
    if (r !== undefined) return r;
    if (Date.now() > einde) throw new Error(`time-out: ${waarop}`);
    await wacht(50);
  }
}

/** A SUT that receives our messages: it keeps our id (x-ketentest-bericht) of each, in order, and answers 503 while down. */
export async function telSut() {
  const ontvangen: string[] = [];
  let plat = false;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (plat) {
        res.writeHead(503).end('onderhoud');
        return;
      }
      ontvangen.push(String(req.headers['x-ketentest-bericht']));
      res.writeHead(202, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    ontvangen,
    zetPlat: (p: boolean) => {
      plat = p;
    },
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}
