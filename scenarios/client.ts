/** A small client for the simulator's HTTP API (and the action trigger of a system under test). */
import type { Actie } from '../simulator/rollen/acties';

export interface LogBericht {
  id: string;
  volgnr: number;
  richting: 'in' | 'uit';
  berichttype: string | null;
  bsn: string | null;
  identificatie: string | null;
  status: 'ontvangen' | 'verwerkt' | 'afgekeurd';
  afleverstatus: string;
  laatsteFout?: string | null;
  gerelateerd: string | null;
  bevindingen: { pad: string; melding: string; regel: string }[];
  retourcodes: unknown;
  xml?: string;
  retour?: { id: string; berichttype: string; xml: string } | null;
}

/** A message the simulator sent, as its API answers an action or a send. */
export interface Verstuurd {
  id: string;
  berichttype: string;
  identificatie: string;
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

  private async verzoek(methode: string, pad: string, body?: unknown, type = 'application/json'): Promise<unknown> {
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
    if (!r.ok) throw new ApiFout(`${methode} ${pad}: ${r.status} ${typeof json === 'object' && json ? (json as { fout?: string }).fout ?? tekst : tekst}`, r.status);
    return json;
  }

  /** The messages the simulator sent for a business step. */
  async actie(a: Actie): Promise<Verstuurd[]> {
    return ((await this.verzoek('POST', '/acties', a)) as { berichten: Verstuurd[] }).berichten;
  }

  /** Sends this message as it is. */
  async verstuur(xml: string): Promise<Verstuurd[]> {
    return ((await this.verzoek('POST', '/verstuur', xml, 'application/xml')) as { berichten: Verstuurd[] }).berichten;
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

  async berichten(filter: { type?: string; richting?: string; vanaf?: number; wacht?: number } = {}): Promise<LogBericht[]> {
    const q = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== undefined).map(([k, v]): [string, string] => [k, String(v)]));
    return (await this.verzoek('GET', `/berichten?${q}`)) as LogBericht[];
  }

  /** One message; with `wacht`, the server waits up to that many ms until it is processed and answered. */
  async bericht(id: string, wacht = 0): Promise<LogBericht> {
    return (await this.verzoek('GET', `/berichten/${id}${wacht ? `?wacht=${wacht}` : ''}`)) as LogBericht;
  }

  async gezondheid(): Promise<{ rol: string; domein: string; systeemdatum: string }> {
    return (await this.verzoek('GET', '/gezondheid')) as { rol: string; domein: string; systeemdatum: string };
  }
}
