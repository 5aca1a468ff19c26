/**
 * What a scenario leaves in its report for a tester to debug from. Cucumber carries attachments to
 * every formatter; the Allure formatter shows them on the step: each message that went over the wire
 * in that step (XML, direction, transport and its reference), the retourbericht, and the findings and
 * retourcodes as a table. The scenario's place in the report (domain → SUT role → feature) and links
 * from its rule tags to the rule's page go in as Allure runtime messages.
 */
import { REGELTAG } from '../simulator/cli/bewijs/rundata';
import { klasseNaam } from '../simulator/standaard/berichten/catalogus';
import type { Domein, Rol } from '../simulator/standaard/woorden';
import type { LogBerichtMetXml, SimulatorClient } from '../scenarios/client';
import type { Waargenomen } from '../scenarios/speler';

export interface Bijlage {
  readonly naam: string;
  readonly mediaType: string;
  readonly inhoud: string;
}

/** The media type the Allure formatter reads as its own runtime messages (labels, links). */
export const ALLURE_BERICHT = 'application/vnd.allure.message+json';

/**
 * A check on the system under test that did not hold. Allure shows it as failed (it reads an error
 * whose name speaks of an assertion that way), not broken (an error in our own code), and with no
 * stack trace of our code.
 */
export class ConformanceAssertionError extends Error {
  constructor(melding: string) {
    super(melding);
    this.name = 'ConformanceAssertionError';
    this.stack = melding;
  }
}

const DOMEINNAAM: Readonly<Record<Domein, string>> = { wmo: 'iWmo 3.2', jw: 'iJw 3.2' };

/** Where the scenario stands in the report, and its rules as links to their row in the run's conformance statement. */
export function plaatsInRapport(o: { domein: Domein; sutRol: Rol; feature: string; tags: readonly string[] }): Bijlage {
  const regels = o.tags.flatMap((t) => REGELTAG.exec(t)?.[1] ?? []);
  const bericht = {
    type: 'metadata',
    data: {
      labels: [
        { name: 'parentSuite', value: DOMEINNAAM[o.domein] },
        { name: 'suite', value: `systeem onder test: ${o.sutRol}` },
        { name: 'subSuite', value: o.feature },
      ],
      // The report lives in rapport/allure-report/, the statement (rapport/verklaring.html) beside it.
      links: regels.map((r) => ({ type: 'regel', name: `${r} in de conformiteitsverklaring`, url: `../verklaring.html#regel-${r}` })),
    },
  };
  return { naam: 'allure', mediaType: ALLURE_BERICHT, inhoud: JSON.stringify(bericht) };
}

/** A step of its own inside the current one in the report (Allure runtime messages), begun … */
export function stapBegin(naam: string): Bijlage {
  return { naam: 'allure', mediaType: ALLURE_BERICHT, inhoud: JSON.stringify({ type: 'step_start', data: { name: naam, start: Date.now() } }) };
}

/** … and ended, failed with the message or passed. */
export function stapEinde(melding?: string): Bijlage {
  const data = melding ? { status: 'failed', statusDetails: { message: melding }, stop: Date.now() } : { status: 'passed', stop: Date.now() };
  return { naam: 'allure', mediaType: ALLURE_BERICHT, inhoud: JSON.stringify({ type: 'step_stop', data }) };
}

/** One CSV field (Allure shows text/csv as a table). */
const veld = (w: string) => (/[",\n]/.test(w) ? `"${w.replaceAll('"', '""')}"` : w);

function hoe(rij: LogBerichtMetXml): string {
  const e = rij.envelop;
  return [e?.transport ?? rij.transport, e?.referentie && `referentie ${e.referentie}`, e?.antwoordOp && `antwoord op ${e.antwoordOp}`].filter(Boolean).join(', ');
}

function xmlBijlage(rij: LogBerichtMetXml, van: string): Bijlage {
  return { naam: `${rij.berichttype ?? 'bericht'} ${van} (${hoe(rij)})${rij.identificatie ? ` ${rij.identificatie}` : ''}.xml`, mediaType: 'application/xml', inhoud: rij.xml };
}

/**
 * The attachments of one message a step saw, read from our simulator's log: the message, the
 * retourbericht on it, and a table of what was found (findings of either, the retourcodes).
 */
export async function berichtBijlagen(tegen: SimulatorClient, w: Waargenomen, sutRol: Rol): Promise<Bijlage[]> {
  const rij = await tegen.bericht(w.id).catch(() => null);
  if (!rij) return [];
  const vanSut = w.door === sutRol;
  const uit: Bijlage[] = [xmlBijlage(rij, vanSut ? 'van het systeem onder test' : 'naar het systeem onder test')];
  // Our log keeps our retour with a received message, and links the SUT's retour to ours.
  const retour =
    rij.richting === 'in' ? rij.retour && (await tegen.bericht(rij.retour.id).catch(() => null)) : rij.gerelateerd ? await tegen.bericht(rij.gerelateerd).catch(() => null) : null;
  if (retour) uit.push(xmlBijlage(retour, vanSut ? 'retour naar het systeem onder test' : 'retour van het systeem onder test'));
  const regels: string[][] = [];
  for (const [r, welk] of [
    [rij, rij.berichttype ?? ''],
    [retour, retour?.berichttype ?? ''],
  ] as const) {
    for (const b of r?.bevindingen ?? []) regels.push([welk, 'bevinding', b.regel ?? '', b.pad, b.melding]);
  }
  for (const c of w.retourcodes ?? []) regels.push([retour?.berichttype ?? '', 'retourcode', c.codes.join(' '), c.pad, klasseNaam(c.pad)]);
  if (w.geenOordeel) regels.push([rij.berichttype ?? '', 'geen oordeel', '', '', w.geenOordeel]);
  if (regels.length) {
    const tabel = [['bericht', 'soort', 'regel of code', 'pad', 'melding'], ...regels].map((r) => r.map(veld).join(',')).join('\n');
    uit.push({
      naam: `bevindingen en retourcodes: ${rij.berichttype ?? 'bericht'}${rij.identificatie ? ` ${rij.identificatie}` : ''}.csv`,
      mediaType: 'text/csv',
      inhoud: `${tabel}\n`,
    });
  }
  return uit;
}

/** The whole exchange as our simulator logged it, as a table: for the judge after the last step. */
export function uitwisselingTabel(
  log: readonly {
    tijdstip: string;
    richting: string;
    berichttype: string | null;
    identificatie: string | null;
    bsn: string | null;
    status: string;
    bevindingen: readonly { regel?: string; melding: string }[];
  }[],
): Bijlage {
  const rijen = log.map((r) => [
    r.tijdstip,
    r.richting === 'in' ? 'van het systeem onder test' : 'naar het systeem onder test',
    r.berichttype ?? '',
    r.identificatie ?? '',
    r.bsn ?? '',
    r.status,
    r.bevindingen.map((b) => `${b.regel ?? ''} ${b.melding}`.trim()).join('; '),
  ]);
  const tabel = [['tijdstip', 'richting', 'bericht', 'identificatie', 'bsn', 'status', 'bevindingen'], ...rijen].map((r) => r.map(veld).join(',')).join('\n');
  return { naam: 'de hele uitwisseling (log van onze simulator).csv', mediaType: 'text/csv', inhoud: `${tabel}\n` };
}
