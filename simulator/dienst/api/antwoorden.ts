/**
 * The JSON the simulator's API answers with, as TypeScript types: the server builds its answers as
 * these, and the HTTP client of the suite (`scenarios/client.ts`) reads them as these, so the two
 * cannot drift. The OpenAPI document (`openapi.ts`) describes the same shapes for other clients.
 */
import type { Berichttype } from '../../standaard/berichten/catalogus';
import type { Bevinding } from '../../standaard/berichten/validator';
import type { Retourcode } from '../../standaard/regels/beoordeling';
import type { Domein, Rol } from '../../standaard/woorden';
import type { Afleverstatus, Richting, Verwerkingsstatus } from '../opslag/contract';
import type { Envelop } from '../transport/contract';

/** A log entry (GET /berichten: a list of these). */
export interface LogBericht {
  readonly id: string;
  readonly volgnr: number;
  readonly richting: Richting;
  readonly transport: string;
  readonly berichttype: Berichttype | null;
  readonly bsn: string | null;
  readonly identificatie: string | null;
  readonly status: Verwerkingsstatus;
  readonly afleverstatus: Afleverstatus;
  readonly pogingen: number;
  readonly laatsteFout: string | null;
  readonly gerelateerd: string | null;
  readonly tijdstip: string;
  readonly bevindingen: readonly Bevinding[];
  readonly retourcodes: readonly Retourcode[] | null;
  /** The message itself: in the list only when asked (`?xml=1`). */
  readonly xml?: string;
}

/** One message with its XML and, for a received one, our retourbericht (GET /berichten/{id}). */
export interface LogBerichtMetXml extends LogBericht {
  /** How the transport carried it: transport, parties as it named them, its reference and the one it answers. */
  readonly envelop: Envelop;
  readonly xml: string;
  readonly retour: { readonly id: string; readonly berichttype: Berichttype | null; readonly xml: string } | null;
}

/** A message the simulator sent for a business step or a send (POST /acties, POST /verstuur: `{ berichten: [...] }`). */
export interface Verstuurd {
  readonly id: string;
  readonly berichttype: Berichttype | null;
  readonly identificatie: string | null;
}

export interface Verstuurde {
  readonly berichten: Verstuurd[];
}

/** GET /gezondheid */
export interface Gezondheid {
  readonly status: 'ok';
  readonly sessie: string;
  readonly rol: Rol;
  readonly domein: Domein;
  readonly systeemdatum: string;
  readonly wachtendOpAflevering: number;
}

/** GET and PUT /klok */
export interface Klok {
  readonly systeemdatum: string;
}

/** An error answer (4xx, 5xx). */
export interface Foutantwoord {
  readonly fout: string;
  readonly details?: readonly string[];
}
