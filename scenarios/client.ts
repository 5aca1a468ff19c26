/** A small client for the simulator's HTTP API (and the action trigger of a system under test). */
import type { Foutantwoord, Gezondheid, LogBericht, LogBerichtMetXml, Verstuurd, Verstuurde } from '../simulator/dienst/api/antwoorden';
import type { Actie } from '../simulator/partij/acties';

export type { LogBericht, LogBerichtMetXml, Verstuurd };

/** What the log can be filtered on (GET /berichten); `wacht`: wait that many ms for a first entry. */
export interface Logfilter {
  type?: string;
  richting?: 'in' | 'uit';
  client?: string;
  status?: string;
  afleverstatus?: string;
  vanaf?: number;
  wacht?: number | undefined;
}

export class ApiFout extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export class SimulatorClient {
  constructor(
    readonly basis: string,
    private readonly token?: string,
  ) {}

  /** The answer, as the API's own type for this path says it is. */
  private async verzoek<T>(methode: string, pad: string, body?: unknown, type = 'application/json'): Promise<T> {
    return (await this.verzoekMetKoppen<T>(methode, pad, body, type)).json;
  }

  private async verzoekMetKoppen<T>(methode: string, pad: string, body?: unknown, type = 'application/json'): Promise<{ json: T; headers: Headers }> {
    const headers: Record<string, string> = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = type;
    let r: Response;
    try {
      r = await fetch(`${this.basis}${pad}`, { method: methode, headers, ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
    } catch (e) {
      throw new ApiFout(`${this.basis}${pad} niet bereikbaar (${(e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message})`, 0);
    }
    const tekst = await r.text();
    const json = tekst && r.headers.get('content-type')?.includes('json') ? JSON.parse(tekst) : tekst;
    if (!r.ok) throw new ApiFout(`${methode} ${pad}: ${r.status} ${typeof json === 'object' && json ? ((json as Partial<Foutantwoord>).fout ?? tekst) : tekst}`, r.status);
    return { json, headers: r.headers };
  }

  /** The messages the simulator sent for a business step. */
  async actie(a: Actie): Promise<Verstuurd[]> {
    return (await this.verzoek<Verstuurde>('POST', '/acties', a)).berichten;
  }

  /** Sends this message as it is. */
  async verstuur(xml: string): Promise<Verstuurd[]> {
    return (await this.verzoek<Verstuurde>('POST', '/verstuur', xml, 'application/xml')).berichten;
  }

  async klok(datum: string | null): Promise<void> {
    await this.verzoek('PUT', '/klok', { datum });
  }

  async instellingen(w: Record<string, unknown>): Promise<void> {
    await this.verzoek('PUT', '/instellingen', w);
  }

  async reset(): Promise<void> {
    await this.verzoek('POST', '/reset');
  }

  /** Every logged message that fits the filter, oldest first: the pages of the paged log, followed to the end. */
  async berichten(filter: Logfilter = {}): Promise<LogBericht[]> {
    const alle: LogBericht[] = [];
    let p = await this.pagina({ ...filter, limit: 1000 });
    alle.push(...p.berichten);
    while (p.volgende !== null) {
      p = await this.pagina({ ...filter, wacht: undefined, limit: 1000, vanaf: p.volgende });
      alle.push(...p.berichten);
    }
    return alle;
  }

  /** One page of the log (`limit`, default 100); `volgende` is the `vanaf` of the next page, null after the last. */
  async pagina(filter: Logfilter & { limit?: number; xml?: boolean } = {}): Promise<{ berichten: LogBericht[]; volgende: number | null }> {
    const q = new URLSearchParams(
      Object.entries({ ...filter, xml: filter.xml ? 1 : undefined })
        .filter(([, v]) => v !== undefined)
        .map(([k, v]): [string, string] => [k, String(v)]),
    );
    const { json, headers } = await this.verzoekMetKoppen<LogBericht[]>('GET', `/berichten?${q}`);
    const volgende = /[?&]vanaf=(\d+)[^>]*>;\s*rel="next"/.exec(headers.get('link') ?? '')?.[1];
    return { berichten: json, volgende: volgende ? Number(volgende) : null };
  }

  /** One message; with `wacht`, the server waits up to that many ms until it is processed and answered. */
  async bericht(id: string, wacht = 0): Promise<LogBerichtMetXml> {
    return this.verzoek<LogBerichtMetXml>('GET', `/berichten/${id}${wacht ? `?wacht=${wacht}` : ''}`);
  }

  async gezondheid(): Promise<Gezondheid> {
    return this.verzoek<Gezondheid>('GET', '/gezondheid');
  }
}
