/**
 * The conformance statement (rapport/verklaring.html and .pdf): what a vendor hands in. Made from a
 * report directory's samenvatting.json and berichtenlog.jsonl, by every `ketentest run` and by
 * `ketentest verklaring`; `ketentest verklaring --controleer LOG` tells whether a log is the one a
 * statement was made from (its SHA-256).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { regelMetCode } from '../../standaard/regels/catalogus';
import { bedrijfsregel } from '../../standaard/regels/bedrijfsregels';
import { Gebruiksfout, leesArgumenten } from '../argumenten';
import type { Samenvatting } from '../run';
import { sha256VanBestand } from './berichtenlog';
import { drukAfAlsPdf, vindChromium } from './pdf';
import { nederlandseTijd, oordeel, zonderStapel, type Oordeel, type ScenarioRegel } from './rundata';

const HULP = `Gebruik: ketentest verklaring [--rapport MAP]
       ketentest verklaring --controleer LOG [--rapport MAP]

Maakt de conformiteitsverklaring MAP/verklaring.html en MAP/verklaring.pdf uit de rapporten van een
run (MAP/samenvatting.json en MAP/berichtenlog.jsonl); 'ketentest run' doet dat zelf al. De PDF
vraagt Chromium (Debian: apt-get install chromium); zonder Chromium komt alleen de HTML.

  --rapport MAP       de rapportmap van de run (standaard ./rapport)
  --controleer LOG    controleer of LOG het berichtenlog is waaruit de verklaring in MAP is gemaakt
                      (de SHA-256 van LOG tegen die in de verklaring)

Exitcode: 0 gemaakt, of het log klopt; 1 het log klopt niet (of de PDF mislukte); 2 gebruiksfout.`;

/** The name a reader uses for a meta tag the statement carries, and --controleer reads. */
const META_HASH = 'ketentest-berichtenlog-sha256';

// ---------------------------------------------------------------------------------------------
// Content

const SOORTEN: Record<string, string> = {
  TR: 'technische regel',
  CD: 'conditie',
  CS: 'constraint',
  OP: 'bedrijfsregel',
  IV: 'invulinstructie',
  UP: 'uitgangspunt',
};

const ROLNAMEN: Record<string, string> = { gemeente: 'gemeente', aanbieder: 'aanbieder' };
const DOMEINNAMEN: Record<string, string> = { wmo: 'Wmo (iWmo 3.2)', jw: 'Jeugdwet (iJw 3.2)' };

function e(t: unknown): string {
  return String(t ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function opsomming(woorden: readonly string[]): string {
  return woorden.length <= 1 ? (woorden[0] ?? '') : `${woorden.slice(0, -1).join(', ')} en ${woorden.at(-1)}`;
}

function uitslag(o: Oordeel): string {
  return `<span class="oordeel ${o === 'geslaagd' ? 'goed' : o === 'gefaald' ? 'fout' : 'leeg'}">${o}</span>`;
}

interface Groep {
  naam: string;
  extra: string;
  geslaagd: number;
  gefaald: number;
}

function groepeer(lijst: readonly ScenarioRegel[], sleutel: (s: ScenarioRegel) => string | null, extra: (leden: ScenarioRegel[]) => string): Groep[] {
  const m = new Map<string, ScenarioRegel[]>();
  for (const s of lijst) {
    const k = sleutel(s);
    if (k !== null) m.set(k, [...(m.get(k) ?? []), s]);
  }
  return [...m].map(([naam, leden]) => ({
    naam,
    extra: extra(leden),
    geslaagd: leden.filter((s) => s.status === 'PASSED').length,
    gefaald: leden.filter((s) => s.status !== 'PASSED').length,
  }));
}

const VOLGORDE = ['wmo', 'jw', 'gemeente', 'aanbieder'];
/** The distinct values, Wmo before Jw and gemeente before aanbieder, else alphabetical. */
function uniek(w: (string | null)[]): string[] {
  const plaats = (x: string) => (VOLGORDE.includes(x) ? VOLGORDE.indexOf(x) : VOLGORDE.length);
  return [...new Set(w.filter((x): x is string => !!x))].sort((a, b) => plaats(a) - plaats(b) || a.localeCompare(b));
}

const KORT: Record<string, string> = { wmo: 'Wmo', jw: 'Jw' };
function domeinenVan(l: ScenarioRegel[]): string {
  return opsomming(uniek(l.map((x) => x.domein)).map((d) => KORT[d] ?? d));
}

function groepTabel(kop: string, kolom: string, groepen: Groep[]): string {
  const rijen = groepen
    .map(
      (g) =>
        `<tr><td>${g.naam}</td><td>${g.extra}</td><td class="getal">${g.geslaagd} / ${g.geslaagd + g.gefaald}</td><td>${uitslag(g.gefaald ? 'gefaald' : 'geslaagd')}</td></tr>`,
    )
    .join('\n');
  return `<table><thead><tr><th>${kop}</th><th>${kolom}</th><th class="getal">geslaagd</th><th>uitslag</th></tr></thead><tbody>\n${rijen}\n</tbody></table>`;
}

function regelOmschrijving(code: string): string {
  return regelMetCode(code)?.omschrijving ?? bedrijfsregel(code)?.omschrijving ?? '';
}

/** The statement as a self-contained HTML document (inline CSS, no scripts, no external assets). */
export function verklaringHtml(s: Samenvatting): string {
  const run = s.run;
  const lijst = s.uitslagen;
  const totaal = s.scenarios.totaal;
  const allesGoed = totaal > 0 && s.scenarios.gefaald === 0;
  const sut = `${run.sut.naam}${run.sut.versie ? ` ${run.sut.versie}` : ''}`;
  const rollen = s['sut-rollen'].map((r) => ROLNAMEN[r] ?? r);
  const domeinen = s.domeinen.map((d) => DOMEINNAMEN[d] ?? d);

  const kern =
    totaal === 0
      ? 'Geen enkel scenario voldeed aan de selectie: deze run toont niets aan.'
      : allesGoed
        ? `Alle ${totaal} gespeelde scenario's zijn geslaagd.`
        : `${s.scenarios.gefaald} van de ${totaal} gespeelde scenario's ${s.scenarios.gefaald === 1 ? 'is' : 'zijn'} gefaald; ${s.scenarios.geslaagd} geslaagd.`;
  const waarschuwingen = [
    ...(run.fouten.length
      ? [`De referentie-implementatie speelde deze run met bewust ingebouwde fout(en): ${e(run.fouten.join(', '))} (mutatietest). Dit is geen verklaring over een echt systeem.`]
      : []),
    ...(run.selectie ? [`Een deel van de suite: alleen de scenario's die voldoen aan <code>${e(run.selectie)}</code>.`] : []),
    ...(run.modus === 'referentie' && !run.fouten.length
      ? ['Het systeem onder test was de ingebouwde referentie-implementatie van ketentest (de suite bewijst zich daartegen).']
      : []),
  ];

  const features = groepeer(
    lijst,
    (x) => `${e(x['feature-naam'] || x.feature)}<div class="klein">${e(x.feature)}</div>`,
    (l) => e(domeinenVan(l)),
  );
  const casussen = groepeer(
    lijst,
    (x) => (x.casus ? `<code>${e(x.casus)}</code>` : null),
    (l) =>
      `${e(uniek(l.map((x) => x['feature-naam'])).join('; '))}<div class="klein">${e(domeinenVan(l))}; systeem onder test: ${e(opsomming(uniek(l.map((x) => x['sut-rol']))))}</div>`,
  );
  const zonderCasus = lijst.filter((x) => !x.casus).length;

  const regelrijen = Object.entries(s.regels)
    .map(([code, r]) => {
      const soort = SOORTEN[code.slice(0, 2)] ?? '';
      return `<tr id="regel-${e(code)}"><td><code>${e(code)}</code></td><td>${e(soort)}</td><td class="omschrijving">${e(regelOmschrijving(code))}</td><td class="getal">${r.geslaagd} / ${r.geslaagd + r.gefaald}</td><td>${uitslag(oordeel(r))}</td></tr>`;
    })
    .join('\n');
  const nietGedekt = s['niet-gedekte-regels']
    .map(
      (code) =>
        `<tr id="regel-${e(code)}"><td><code>${e(code)}</code></td><td>${e(SOORTEN[code.slice(0, 2)] ?? '')}</td><td class="omschrijving">${e(regelOmschrijving(code))}</td></tr>`,
    )
    .join('\n');
  const gefaald = lijst
    .filter((x) => x.status !== 'PASSED')
    .map(
      (x) =>
        `<tr><td>${e(x.naam)}<div class="klein">${e(x.domein ?? '')} · ${e(path.basename(x.feature))}${x.regels.length ? ` · ${e(x.regels.join(' '))}` : ''}</div></td><td><pre>${e(zonderStapel(x.melding).split('\n').slice(0, 8).join('\n').slice(0, 900))}</pre></td></tr>`,
    )
    .join('\n');
  const log = s.berichtenlog;

  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="${META_HASH}" content="${e(log.sha256)}">
<meta name="generator" content="ketentest ${e(run['ketentest-versie'])}">
<title>Conformiteitsverklaring ${e(run.standaard)}: ${e(sut)}</title>
<style>${CSS(`Conformiteitsverklaring ${sut} · berichtenlog SHA-256 ${log.sha256.slice(0, 16)}…`)}</style>
</head>
<body>
<header>
  <p class="bovenkop">Conformiteitsverklaring · ${e(run.standaard)}</p>
  <h1>${e(sut)}</h1>
  <p class="onderkop">als ${e(opsomming(rollen))} · ${e(opsomming(domeinen))} · getest op ${e(nederlandseTijd(run.begin, false))} met ketentest ${e(run['ketentest-versie'])}</p>
</header>

<section class="kern ${allesGoed ? 'goed' : 'fout'}">
  <p class="uitspraak">${allesGoed ? 'Geslaagd' : 'Niet geslaagd'}</p>
  <p>${e(kern)} Van de regels die de scenario's dekken ${Object.values(s.regels).filter((r) => oordeel(r) === 'geslaagd').length} geslaagd en ${Object.values(s.regels).filter((r) => oordeel(r) === 'gefaald').length} gefaald; ${s['niet-gedekte-regels'].length} regels dekt geen gespeeld scenario.</p>
  ${waarschuwingen.map((w) => `<p class="let-op">${w}</p>`).join('\n  ')}
</section>

<h2>Systeem onder test en run</h2>
<table class="gegevens">
<tr><th>Systeem onder test</th><td>${e(run.sut.naam)}</td></tr>
<tr><th>Versie</th><td>${e(run.sut.versie ?? 'niet opgegeven')}</td></tr>
<tr><th>Rol</th><td>${e(opsomming(rollen))}</td></tr>
<tr><th>Domein</th><td>${e(opsomming(domeinen))}</td></tr>
<tr><th>Transport</th><td>${e(run.transport.toUpperCase())}${run['sut-url'] ? ` — <code>${e(run['sut-url'])}</code>` : ' — in dezelfde machine (referentie-implementatie)'}</td></tr>
<tr><th>Run</th><td>${e(nederlandseTijd(run.begin))} tot ${e(nederlandseTijd(run.einde))} (Nederlandse tijd)</td></tr>
<tr><th>Standaard</th><td>${e(run.standaard)}</td></tr>
<tr><th>ketentest</th><td>versie ${e(run['ketentest-versie'])}</td></tr>
<tr><th>Scenario's</th><td>${totaal} gespeeld: ${s.scenarios.geslaagd} geslaagd, ${s.scenarios.gefaald} gefaald</td></tr>
</table>

<h2>Berichtenlog</h2>
<p>Alle ${log.berichten} berichten die de simulatoren van ketentest in deze run verstuurden en ontvingen (heen en retour, met hun XML) staan in <code>${e(log.bestand)}</code>. De SHA-256 van dat bestand:</p>
<p class="hash">${e(log.sha256)}</p>
<p class="klein">Controleer een aangeleverd log met <code>ketentest verklaring --controleer ${e(log.bestand)} --rapport MAP</code> (MAP: de map met deze verklaring), of met <code>sha256sum ${e(log.bestand)}</code>: alleen het log waaruit deze verklaring is gemaakt geeft deze waarde.</p>

<h2>Uitslag per feature</h2>
${groepTabel('feature', 'domein', features)}

<h2>Uitslag per casus</h2>
${groepTabel('casus', 'feature · domein · rol', casussen)}
${zonderCasus ? `<p class="klein">${zonderCasus} scenario('s) zonder casustag staan alleen per feature.</p>` : ''}

<h2>Uitslag per regel</h2>
<p>Elke regel die een gespeeld scenario als tag draagt. Een regel is geslaagd als elk scenario dat haar draagt slaagde.</p>
<table><thead><tr><th>regel</th><th>soort</th><th>omschrijving</th><th class="getal">geslaagd</th><th>uitslag</th></tr></thead><tbody>
${regelrijen}
</tbody></table>
${
  gefaald
    ? `
<h2>Gefaalde scenario's</h2>
<table class="gefaald"><thead><tr><th>scenario</th><th>wat er misging</th></tr></thead><tbody>
${gefaald}
</tbody></table>`
    : ''
}

<h2>Regels die geen scenario dekt</h2>
<p>${s['niet-gedekte-regels'].length ? `Deze ${s['niet-gedekte-regels'].length} technische regels, condities en constraints van ${e(run.standaard)} controleert ketentest op elk bericht, maar geen gespeeld scenario draagt ze als tag: deze verklaring zegt over deze regels niets.` : 'Elke technische regel, conditie en constraint is door een gespeeld scenario gedekt.'}</p>
${
  nietGedekt
    ? `<table><thead><tr><th>regel</th><th>soort</th><th>omschrijving</th></tr></thead><tbody>
${nietGedekt}
</tbody></table>`
    : ''
}

<footer>
<p>Gemaakt door ketentest ${e(run['ketentest-versie'])} uit <code>samenvatting.json</code> en <code>${e(log.bestand)}</code> van deze run. De verklaring gaat over de gespeelde scenario's van de casuïstiek ${e(run.standaard)}, niet over meer.</p>
</footer>
</body>
</html>
`;
}

function CSS(voetregel: string): string {
  // A CSS string inside <style>: quotes and backslashes escaped, no '<' (no </style>), no line breaks.
  const voet = voetregel.replace(/["\\]/g, '\\$&').replace(/</g, '\\3c ').replace(/\s+/g, ' ');
  return `
@page { size: A4; margin: 16mm 15mm 18mm 15mm;
  @bottom-left { content: "${voet}"; font: 7.5pt "Liberation Sans", Arial, sans-serif; color: #555; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 7.5pt "Liberation Sans", Arial, sans-serif; color: #555; }
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 10pt/1.4 "Liberation Sans", Arial, Helvetica, sans-serif; color: #1a1a1a; margin: 0 auto; max-width: 62rem; padding: 1.5rem; }
@media print { body { padding: 0; max-width: none; } }
header { border-bottom: 2px solid #1d3f72; padding-bottom: .6rem; margin-bottom: 1rem; }
.bovenkop { margin: 0; color: #1d3f72; font-weight: bold; letter-spacing: .03em; text-transform: uppercase; font-size: 8.5pt; }
h1 { margin: .2rem 0; font-size: 20pt; color: #10284d; }
.onderkop { margin: 0; color: #444; }
h2 { font-size: 12.5pt; color: #10284d; margin: 1.4rem 0 .4rem; border-bottom: 1px solid #c8d2e0; padding-bottom: .15rem; break-after: avoid; page-break-after: avoid; }
p { margin: .35rem 0; }
.kern { border: 1px solid; border-left-width: 6px; padding: .5rem .8rem; border-radius: 3px; break-inside: avoid; }
.kern.goed { border-color: #2e7d32; background: #eef7ee; }
.kern.fout { border-color: #c62828; background: #fcefef; }
.uitspraak { font-size: 14pt; font-weight: bold; margin: 0 0 .2rem; }
.kern.goed .uitspraak { color: #1b5e20; }
.kern.fout .uitspraak { color: #b71c1c; }
.let-op { font-size: 9pt; color: #5d4200; background: #fff6d8; padding: .2rem .4rem; border-radius: 2px; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 .6rem; font-size: 8.8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: .22rem .4rem; border-bottom: 1px solid #e1e6ee; }
thead th { background: #e8eef7; color: #10284d; font-weight: bold; border-bottom: 1px solid #b8c6da; }
table.gegevens { font-size: 9.5pt; }
table.gegevens th { width: 11rem; color: #333; font-weight: bold; background: none; }
.getal { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.omschrijving { font-size: 8.3pt; color: #333; }
td:nth-child(2):has(+ td.omschrijving) { white-space: nowrap; }
.klein { font-size: 8pt; color: #555; }
code, pre, .hash { font-family: "Liberation Mono", "DejaVu Sans Mono", monospace; }
code { font-size: .92em; }
.hash { font-size: 10pt; background: #f3f5f8; border: 1px solid #d5dbe5; padding: .35rem .5rem; word-break: break-all; }
pre { margin: 0; white-space: pre-wrap; word-break: break-word; font-size: 7.8pt; }
table.gefaald td:first-child { width: 38%; }
.oordeel { display: inline-block; padding: 0 .4rem; border-radius: 2px; font-size: 8pt; font-weight: bold; white-space: nowrap; }
.oordeel.goed { background: #dcefdc; color: #1b5e20; }
.oordeel.fout { background: #f8d7d7; color: #b71c1c; }
.oordeel.leeg { background: #eceff1; color: #455a64; }
footer { margin-top: 1.2rem; border-top: 1px solid #c8d2e0; padding-top: .4rem; font-size: 8pt; color: #555; }
`;
}

// ---------------------------------------------------------------------------------------------
// Files

export interface VerklaringUitkomst {
  html: string;
  /** The PDF's path, or why there is none. */
  pdf: { pad: string } | { overgeslagen: string } | { fout: string };
}

/** Writes MAP/verklaring.html and, with Chromium, MAP/verklaring.pdf. */
export async function schrijfVerklaring(map: string, s: Samenvatting): Promise<VerklaringUitkomst> {
  const html = path.join(map, 'verklaring.html');
  writeFileSync(html, verklaringHtml(s));
  const pdf = path.join(map, 'verklaring.pdf');
  // A PDF of an earlier statement must not stay beside this one.
  rmSync(pdf, { force: true });
  const chromium = vindChromium();
  if (!chromium) return { html, pdf: { overgeslagen: 'geen Chromium gevonden (Debian: apt-get install chromium)' } };
  try {
    await drukAfAlsPdf(chromium, html, pdf);
    return { html, pdf: { pad: pdf } };
  } catch (err) {
    return { html, pdf: { fout: (err as Error).message } };
  }
}

/** One Dutch line about the statement files, for the run's output. */
export function meldVerklaring(u: VerklaringUitkomst): string {
  const p = u.pdf;
  if ('pad' in p) return `Verklaring: ${u.html} en ${p.pad}`;
  if ('overgeslagen' in p) return `Verklaring: ${u.html}; PDF overgeslagen: ${p.overgeslagen}`;
  return `Verklaring: ${u.html}; PDF niet gemaakt: ${p.fout}`;
}

function leesSamenvatting(map: string): Samenvatting {
  const bestand = path.join(map, 'samenvatting.json');
  if (!existsSync(bestand)) throw new Gebruiksfout(`geen samenvatting.json in '${map}': geef met --rapport de rapportmap van een run`);
  let s: Samenvatting;
  try {
    s = JSON.parse(readFileSync(bestand, 'utf8')) as Samenvatting;
  } catch (err) {
    throw new Gebruiksfout(`${bestand} is geen leesbare JSON: ${(err as Error).message}`);
  }
  if (!s.run || !Array.isArray(s.uitslagen) || !s.berichtenlog) {
    throw new Gebruiksfout(`${bestand} mist de rungegevens, de scenariolijst of het berichtenlog (gemaakt door een oudere ketentest?): draai de suite opnieuw`);
  }
  return s;
}

/** The log hash a statement names: from its HTML, else from the run's summary. */
function hashVanVerklaring(map: string): { hash: string; bron: string } {
  const html = path.join(map, 'verklaring.html');
  if (existsSync(html)) {
    const m = new RegExp(`<meta name="${META_HASH}" content="([0-9a-f]{64})">`).exec(readFileSync(html, 'utf8'));
    if (m) return { hash: m[1]!, bron: html };
  }
  const s = leesSamenvatting(map);
  return { hash: s.berichtenlog.sha256, bron: path.join(map, 'samenvatting.json') };
}

export async function verklaringOpdracht(args: string[]): Promise<number> {
  const { values } = leesArgumenten(args, { rapport: { type: 'string' }, controleer: { type: 'string' } }, HULP, { positioneel: false });
  const map = path.resolve(values.rapport ?? 'rapport');
  if (values.controleer !== undefined) {
    const log = path.resolve(values.controleer);
    if (!existsSync(log)) throw new Gebruiksfout(`het log '${values.controleer}' bestaat niet`);
    const { hash, bron } = hashVanVerklaring(map);
    const gevonden = await sha256VanBestand(log);
    if (gevonden === hash) {
      console.log(`Klopt: ${values.controleer} is het berichtenlog waaruit de verklaring is gemaakt (SHA-256 ${gevonden}).`);
      return 0;
    }
    console.log(
      `Klopt niet: ${values.controleer} is niet het berichtenlog waaruit de verklaring is gemaakt.\n  SHA-256 in de verklaring (${bron}): ${hash}\n  SHA-256 van ${values.controleer}: ${gevonden}`,
    );
    return 1;
  }
  const s = leesSamenvatting(map);
  const log = path.join(map, s.berichtenlog.bestand);
  if (!existsSync(log)) throw new Gebruiksfout(`het berichtenlog ${log} ontbreekt`);
  const hash = await sha256VanBestand(log);
  if (hash !== s.berichtenlog.sha256) {
    console.error(`ketentest verklaring: ${log} is sinds de run veranderd (SHA-256 ${hash}, de run schreef ${s.berichtenlog.sha256}); geen verklaring gemaakt`);
    return 1;
  }
  const u = await schrijfVerklaring(map, s);
  console.log(meldVerklaring(u));
  return 'fout' in u.pdf ? 1 : 0;
}
