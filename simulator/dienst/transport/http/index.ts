/** Bare HTTP: messages in with `POST /berichten`, out with a POST to `<sut-url>/berichten` (retried with backoff by the session). */
import type { Transport } from '../contract';
import { httpOpenApi, httpRoutes } from './inkomend';
import { httpVerzender } from './uitgaand';

export function httpTransport(timeoutMs?: number): Transport {
  return { naam: 'http', uitgaand: httpVerzender(timeoutMs), routes: httpRoutes, openapi: httpOpenApi };
}
