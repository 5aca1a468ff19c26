/**
 * Inbound HTTP: the SUT POSTs a message to `/berichten` (of the default session, or of
 * `/sessies/{id}`): 202 with the log id once it is stored, 400 with a Dutch explanation for what is not
 * a 3.2 message for this party, 413 above the size limit (refused while the body streams, `lichaam.ts`).
 */
import type { Router } from 'express';
import type { Aansluiting, OpenApiPaden } from '../contract';
import { ruweBody } from './lichaam';

export function httpRoutes(router: Router, a: Aansluiting): void {
  router.post('/berichten', ruweBody(a.grenzen.maxBytes), async (req, res) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const referentie = req.get('x-ketentest-bericht');
    const o = await a.sessie(req).ontvang(body, { transport: 'http', ...(referentie && { referentie }) });
    if (o.fout) {
      res.status(400).json({ id: o.id, fout: o.fout });
      return;
    }
    res.status(202).json({ id: o.id });
  });
}

export const httpOpenApi: OpenApiPaden = (o) => ({
  [o.pad('/berichten')]: {
    post: {
      summary: 'Een iWmo/iJw-bericht afleveren (XML). 202 zodra het bewaard is; verwerking volgt op volgorde van aankomst.',
      ...o.beveiliging,
      requestBody: { required: true, content: { 'application/xml': { schema: { type: 'string' } } } },
      responses: {
        '202': { description: 'bewaard', ...o.json('Bericht') },
        '400': { description: 'geen XML of onbekend bericht', ...o.json('Fout') },
        '413': { description: 'te groot', ...o.json('Fout') },
        ...o.fouten,
      },
    },
  },
});
