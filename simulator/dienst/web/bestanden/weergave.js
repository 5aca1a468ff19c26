/*
 * The web view of ketentest: plain JavaScript, no framework, no external assets. It reads the
 * simulator's API as any client does: GET /gezondheid, GET /berichten in pages (?vanaf=<volgnr>&limit=,
 * the next page while the answer says rel="next"), GET /berichten/{id} for one message, each with the
 * session's bearer token when the user entered one. In the view of `ketentest run` it also follows
 * the run (GET /web/run) and says "gedaan" for a tester (POST /web/run/instructies/{id}/gedaan).
 *
 * Everything a server sends is shown as text (textContent), never as HTML.
 */
'use strict';

(() => {
  /** Retourcodes that reject nothing: approved (0200), declaratie fully approved (8001); 0233: not judged below a rejected class. */
  const GOED = new Set(['0200', '8001']);
  const NEUTRAAL = new Set(['0233']);
  /** The heenberichten of iWmo/iJw 3.2 (by number); their retourberichten are the others. */
  const HEEN = new Set(['301', '305', '307', '315', '317', '319', '323']);
  const PAGINA = 500;
  /** At most this many messages of a session are kept in the page (the oldest go first). */
  const MAX_BERICHTEN = 5000;
  /** Messages among the last this many are read again while they may still change (processing, delivery, an answer). */
  const VENSTER = 500;
  const WACHT_MS = 15000;

  const $ = (id) => document.getElementById(id);

  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attrs, ...kinderen) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs ?? {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'klasse') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const k of kinderen.flat()) if (k !== undefined && k !== null && k !== false) e.append(k instanceof Node ? k : String(k));
    return e;
  }

  const slaap = (ms) => new Promise((r) => setTimeout(r, ms));

  class GeenToegang extends Error {}

  // -------------------------------------------------------------------------------------------
  // State

  const staat = {
    /** @type {{modus: string, bronnen: {naam: string, basis: string, rol?: string, domein?: string}[], sessies: boolean} | null} */
    omgeving: null,
    /** The sessions the page knows: the sources of the server and the ones the user opened with id and token. */
    sessies: [],
    gekozen: null,
    /** The chosen session's log: id → entry (metadata). */
    log: new Map(),
    weggelaten: 0,
    gekozenBericht: null,
    volgGeneratie: 0,
    afbreken: null,
    run: null,
  };

  function sessie(sleutel) {
    return staat.sessies.find((s) => s.sleutel === sleutel);
  }

  function verbinding(tekst, fout) {
    const v = $('verbinding');
    v.textContent = tekst;
    v.classList.toggle('fout', !!fout);
  }

  // -------------------------------------------------------------------------------------------
  // The API

  async function api(s, pad, signal) {
    const headers = { accept: 'application/json' };
    if (s.token) headers.authorization = `Bearer ${s.token}`;
    const r = await fetch(s.basis + pad, { headers, signal, cache: 'no-store', credentials: 'omit' });
    if (r.status === 401) throw new GeenToegang('geen toegang');
    let data = null;
    try {
      data = await r.json();
    } catch {
      data = null;
    }
    if (!r.ok) throw new Error(`${r.status}${data?.fout ? `: ${data.fout}` : ''}`);
    return { data, meer: /rel="?next"?/.test(r.headers.get('link') ?? '') };
  }

  /** One page of the log from a volgnr on (a list, oldest first; `{berichten: [...]}` is read too). */
  async function pagina(s, vanaf, signal, wacht) {
    const q = new URLSearchParams({ vanaf: String(Math.max(0, vanaf)), limit: String(PAGINA) });
    if (wacht) q.set('wacht', String(wacht));
    const { data, meer } = await api(s, `/berichten?${q}`, signal);
    const rijen = Array.isArray(data) ? data : Array.isArray(data?.berichten) ? data.berichten : [];
    return { rijen: rijen.filter((r) => r && typeof r.id === 'string' && Number.isInteger(r.volgnr)), meer };
  }

  // -------------------------------------------------------------------------------------------
  // Sessions

  function zetSessies(bronnen) {
    const eigen = staat.sessies.filter((s) => s.soort === 'sessie');
    const oud = new Map(staat.sessies.map((s) => [s.sleutel, s]));
    staat.sessies = [
      ...bronnen.map((b, i) => {
        const sleutel = `bron:${i}:${b.basis}`;
        const bestaand = oud.get(sleutel);
        return {
          soort: 'bron',
          sleutel,
          naam: b.naam,
          basis: b.basis,
          rol: b.rol,
          domein: b.domein,
          token: bestaand?.token ?? null,
          toegang: 'onbekend',
          info: null,
          gestopt: false,
        };
      }),
      ...eigen,
    ];
  }

  function renderSessies() {
    const lijst = $('sessielijst');
    lijst.replaceChildren(
      ...staat.sessies.map((s) => {
        const info = s.rol ? '' : s.info ? `${s.info.rol} · ${s.info.domein}` : '';
        const sut = staat.run?.huidig && s.rol && s.domein === staat.run.huidig.domein ? (s.rol === staat.run.huidig.sutRol ? ' (systeem onder test)' : ' (tegenpartij)') : '';
        return el(
          'li',
          {},
          el(
            'button',
            { type: 'button', 'data-sessie': s.sleutel, 'aria-current': s.sleutel === staat.gekozen ? 'true' : 'false', onclick: () => kies(s.sleutel) },
            el('strong', {}, s.naam),
            info ? ` — ${info}` : '',
            sut,
            s.toegang === 'geweigerd' ? el('span', { klasse: 'slot' }, ' 🔒 token nodig') : '',
            s.gestopt ? el('span', { klasse: 'slot' }, ' (gestopt)') : '',
          ),
        );
      }),
    );
  }

  function kies(sleutel) {
    if (staat.gekozen === sleutel && staat.afbreken) return;
    staat.gekozen = sleutel;
    wisLog();
    sluitDetail();
    renderSessies();
    const s = sessie(sleutel);
    if (s) void volg(s);
  }

  function wisLog() {
    staat.volgGeneratie++;
    staat.afbreken?.abort();
    staat.afbreken = null;
    staat.log = new Map();
    staat.weggelaten = 0;
    render();
  }

  /** The form: a session by its id (empty: the default session) with its token. */
  function openSessie(ev) {
    ev.preventDefault();
    const id = $('sessie-id').value.trim();
    const token = $('sessie-token').value;
    const melding = $('sessie-melding');
    melding.textContent = '';
    if (id && !/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
      melding.textContent = 'Een sessie-id bestaat uit letters, cijfers en streepjes.';
      return;
    }
    if (token && !/^[\x21-\x7e]{1,512}$/.test(token)) {
      melding.textContent = 'Een token bestaat uit zichtbare tekens zonder spaties.';
      return;
    }
    let s;
    if (!id || id === 'standaard') {
      s = staat.sessies.find((x) => x.soort === 'bron' && x.basis === '');
      if (!s) {
        melding.textContent = 'Deze weergave heeft geen standaardsessie.';
        return;
      }
    } else {
      const basis = staat.omgeving?.bronnen[0]?.basis ?? '';
      const sleutel = `sessie:${id}`;
      s = sessie(sleutel);
      if (!s) {
        s = { soort: 'sessie', sleutel, naam: `sessie ${id.slice(0, 8)}`, basis: `${basis}/sessies/${encodeURIComponent(id)}`, token: null, toegang: 'onbekend', info: null };
        staat.sessies.push(s);
      }
    }
    // A new token: nothing read with an earlier one stays in the page.
    s.token = token || null;
    s.toegang = 'onbekend';
    s.info = null;
    $('sessie-token').value = '';
    staat.gekozen = null;
    kies(s.sleutel);
  }

  // -------------------------------------------------------------------------------------------
  // Following a session's log

  const heenNummer = (type) => (type ? /(\d{3})$/.exec(type)?.[1] : undefined);
  const isRetour = (r) => {
    const n = heenNummer(r.berichttype);
    return !!n && !HEEN.has(n);
  };

  /** Whether an entry may still change: processing, delivery, or a heenbericht waiting for its answer. */
  function onaf(r) {
    if (r.status === 'ontvangen' || r.afleverstatus === 'wachtend' || r.afleverstatus === 'klaargezet') return true;
    return !isRetour(r) && !!r.berichttype && r.status !== 'afgekeurd' && !r.gerelateerd;
  }

  function gesorteerd() {
    return [...staat.log.values()].sort((a, b) => a.volgnr - b.volgnr);
  }

  function neemOp(rijen) {
    for (const r of rijen) staat.log.set(r.id, r);
    if (staat.log.size > MAX_BERICHTEN) {
      const weg = gesorteerd().slice(0, staat.log.size - MAX_BERICHTEN);
      for (const r of weg) staat.log.delete(r.id);
      staat.weggelaten += weg.length;
    }
  }

  /** Reads the log from the first entry that may still change; notices a log that was emptied (POST /reset). */
  async function ververs(s, signal) {
    const rijen = gesorteerd();
    const venster = rijen.slice(-VENSTER);
    const anker = venster.find(onaf) ?? rijen.at(-1);
    let vanaf = anker ? anker.volgnr : 0;
    let p = await pagina(s, vanaf, signal);
    if (anker && p.rijen[0]?.id !== anker.id) {
      // The entry we had at this volgnr is gone: the log began again.
      staat.log = new Map();
      staat.weggelaten = 0;
      vanaf = 0;
      p = await pagina(s, 0, signal);
    }
    for (;;) {
      neemOp(p.rijen);
      if (!p.meer || !p.rijen.length) return;
      vanaf = p.rijen.at(-1).volgnr + 1;
      p = await pagina(s, vanaf, signal);
    }
  }

  async function volg(s) {
    const generatie = ++staat.volgGeneratie;
    staat.afbreken?.abort();
    const afbreken = new AbortController();
    staat.afbreken = afbreken;
    const actief = () => generatie === staat.volgGeneratie && !s.gestopt;
    while (actief()) {
      try {
        const { data } = await api(s, '/gezondheid', afbreken.signal);
        s.info = data;
        s.toegang = 'ok';
        await ververs(s, afbreken.signal);
        if (!actief()) return;
        verbinding('verbonden');
        renderSessies();
        render();
        const hoogste = gesorteerd().at(-1)?.volgnr ?? 0;
        const nieuw = await pagina(s, hoogste + 1, afbreken.signal, WACHT_MS);
        if (!actief()) return;
        neemOp(nieuw.rijen);
        await slaap(250);
      } catch (e) {
        if (!actief() || e?.name === 'AbortError') return;
        if (e instanceof GeenToegang) {
          s.toegang = 'geweigerd';
          s.info = null;
          staat.log = new Map();
          renderSessies();
          render();
          if (staat.omgeving?.sessies) {
            $('sessie-id').value = s.soort === 'sessie' ? s.sleutel.slice('sessie:'.length) : '';
            $('sessie-melding').textContent = s.token ? 'Geen toegang: het token past niet bij deze sessie.' : 'Deze sessie is beveiligd: vul haar token in.';
          }
          return;
        }
        verbinding(`geen verbinding (${e?.message ?? e}); opnieuw over 2 s`, true);
        await slaap(2000);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // The timeline: per client, each heenbericht with its retourbericht

  function uitwisselingen(rijen) {
    const perId = new Map(rijen.map((r) => [r.id, r]));
    const retourVan = new Map();
    for (const r of rijen) if (isRetour(r) && r.gerelateerd && perId.has(r.gerelateerd)) retourVan.set(r.gerelateerd, r);
    const gekoppeld = new Set();
    const uit = [];
    for (const r of rijen) {
      if (isRetour(r)) continue;
      let retour = retourVan.get(r.id);
      if (!retour && r.gerelateerd && perId.has(r.gerelateerd) && isRetour(perId.get(r.gerelateerd))) retour = perId.get(r.gerelateerd);
      if (retour) gekoppeld.add(retour.id);
      uit.push({ heen: r, retour: retour ?? null });
    }
    for (const r of rijen) if (isRetour(r) && !gekoppeld.has(r.id)) uit.push({ heen: null, retour: r });
    return uit.sort((a, b) => (a.heen ?? a.retour).volgnr - (b.heen ?? b.retour).volgnr);
  }

  function codesVan(r) {
    const codes = [];
    for (const k of r?.retourcodes ?? []) for (const c of k.codes ?? []) codes.push({ code: String(c), klasse: k.berichtklasse, pad: k.pad });
    return codes;
  }

  const codeKlasse = (c) => (GOED.has(c) ? 'code-goed' : NEUTRAAL.has(c) ? 'code-neutraal' : 'code-fout');
  const codeUitleg = (c) => (GOED.has(c) ? 'goedgekeurd' : NEUTRAAL.has(c) ? 'niet beoordeeld (onder een afgekeurde klasse)' : 'afgekeurd');

  function codeChips(codes) {
    const gezien = new Map();
    for (const c of codes) {
      const e = gezien.get(c.code) ?? { code: c.code, klassen: [] };
      e.klassen.push(c.klasse);
      gezien.set(c.code, e);
    }
    return el(
      'span',
      { klasse: 'codes' },
      [...gezien.values()].map((c) => el('span', { klasse: `code ${codeKlasse(c.code)}`, title: `${codeUitleg(c.code)}: ${c.klassen.join(', ')}`, 'data-code': c.code }, c.code)),
    );
  }

  function filters() {
    return {
      type: $('filter-type').value,
      richting: $('filter-richting').value,
      client: $('filter-client').value,
      status: $('filter-status').value,
    };
  }

  function past(u, f) {
    const hoofd = u.heen ?? u.retour;
    if (f.type && u.heen?.berichttype !== f.type && u.retour?.berichttype !== f.type) return false;
    if (f.richting && hoofd.richting !== f.richting) return false;
    if (f.client && (u.heen?.bsn ?? u.retour?.bsn ?? '') !== f.client) return false;
    if (f.status === 'retour-afgekeurd' || f.status === 'retour-goedgekeurd') {
      const codes = codesVan(u.heen);
      if (!codes.length) return false;
      const afgekeurd = codes.some((c) => !GOED.has(c.code) && !NEUTRAAL.has(c.code));
      return f.status === 'retour-afgekeurd' ? afgekeurd : !afgekeurd;
    }
    if (f.status && hoofd.status !== f.status) return false;
    return true;
  }

  function vulKeuzes(select, waarden, tekst) {
    const huidig = select.value;
    const bestaand = [...select.options].slice(1).map((o) => o.value);
    const nieuw = [...waarden].sort();
    if (bestaand.join('\n') !== nieuw.join('\n')) {
      select.replaceChildren(select.options[0], ...nieuw.map((w) => el('option', { value: w }, tekst(w))));
    }
    select.value = nieuw.includes(huidig) ? huidig : '';
    if (huidig && !nieuw.includes(huidig)) {
      // A filter on a value the log no longer has stays, so the view does not jump.
      select.append(el('option', { value: huidig }, tekst(huidig)));
      select.value = huidig;
    }
  }

  const tijd = (iso) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString('nl-NL', { hour12: false });
  };

  function berichtBlok(r, rol, heen) {
    if (!r) {
      const waarom =
        rol !== 'retour' ? 'heenbericht niet in het log' : heen?.status === 'afgekeurd' ? 'geen retourbericht: afgekeurd (zie de bevindingen)' : 'geen retourbericht (nog)';
      return el('div', { klasse: rol }, el('span', { klasse: 'geen-retour' }, waarom));
    }
    const richting = r.richting === 'in' ? '⇠ ontvangen' : '⇢ verstuurd';
    return el(
      'div',
      { klasse: rol },
      el('span', { klasse: 'type' }, r.berichttype ?? 'onbekend bericht'),
      el('span', { klasse: `label ${r.status}` }, r.status),
      r.richting === 'uit' && r.afleverstatus !== 'niet-van-toepassing' ? el('span', { klasse: `label ${r.afleverstatus}` }, r.afleverstatus) : '',
      el('div', { klasse: 'richting' }, `${richting} ${tijd(r.tijdstip)}`),
      r.identificatie ? el('div', { klasse: 'ident' }, r.identificatie) : '',
      r.bevindingen?.length ? el('div', { klasse: 'ident' }, `${r.bevindingen.length} bevinding${r.bevindingen.length === 1 ? '' : 'en'}`) : '',
    );
  }

  function render() {
    const s = sessie(staat.gekozen);
    const rijen = gesorteerd();
    const alle = uitwisselingen(rijen);
    vulKeuzes($('filter-type'), new Set(rijen.map((r) => r.berichttype).filter(Boolean)), (w) => w);
    vulKeuzes($('filter-client'), new Set(rijen.map((r) => r.bsn).filter(Boolean)), (w) => w);
    const f = filters();
    const getoond = alle.filter((u) => past(u, f));
    const titel = $('log-titel');
    titel.textContent = s ? `Berichtenlog — ${s.naam}` : 'Berichtenlog';
    const info = $('log-info');
    if (!s) info.textContent = 'Kies een sessie.';
    else if (s.toegang === 'geweigerd') info.textContent = 'Geen toegang: deze sessie toont haar berichten alleen met haar token.';
    else
      info.textContent = [
        s.info ? `${s.info.rol} · ${s.info.domein} · systeemdatum ${s.info.systeemdatum}` : '',
        `${rijen.length} bericht${rijen.length === 1 ? '' : 'en'}`,
        `${getoond.length} van ${alle.length} uitwisselingen getoond`,
        staat.weggelaten ? `${staat.weggelaten} oudere berichten weggelaten` : '',
        s.gestopt ? 'de run is voorbij: dit is het log zoals het laatst gelezen is' : '',
      ]
        .filter(Boolean)
        .join(' · ');

    const perClient = new Map();
    for (const u of getoond) {
      const bsn = u.heen?.bsn ?? u.retour?.bsn ?? '';
      (perClient.get(bsn) ?? perClient.set(bsn, []).get(bsn)).push(u);
    }
    const tijdlijn = $('tijdlijn');
    if (!getoond.length) {
      tijdlijn.replaceChildren(el('p', { klasse: 'leeg' }, s?.toegang === 'geweigerd' ? 'Geen gegevens zonder token.' : 'Geen berichten (met deze filters).'));
      return;
    }
    tijdlijn.replaceChildren(
      ...[...perClient.entries()].map(([bsn, lijst]) =>
        el(
          'section',
          { klasse: 'client', 'data-client': bsn },
          el('h3', {}, bsn ? `Cliënt ${bsn}` : 'Zonder cliënt (bericht niet gelezen)'),
          el(
            'ol',
            { klasse: 'uitwisselingen' },
            lijst.map((u) => {
              const hoofd = u.heen ?? u.retour;
              const codes = codesVan(u.heen);
              return el(
                'li',
                {
                  klasse: 'uitwisseling',
                  tabindex: 0,
                  role: 'button',
                  'data-id': hoofd.id,
                  'data-type': hoofd.berichttype ?? '',
                  'aria-selected': staat.gekozenBericht === hoofd.id ? 'true' : 'false',
                  onclick: () => void toonDetail(hoofd.id),
                  onkeydown: (e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      void toonDetail(hoofd.id);
                    }
                  },
                },
                el('span', { klasse: 'tijd' }, tijd(hoofd.tijdstip)),
                berichtBlok(u.heen, 'heen'),
                el('div', {}, berichtBlok(u.retour, 'retour', u.heen), codes.length ? codeChips(codes) : ''),
              );
            }),
          ),
        ),
      ),
    );
  }

  // -------------------------------------------------------------------------------------------
  // One message

  /** Lays out XML that came on one line; what has its own layout is shown as it is. */
  function mooi(xml) {
    if (typeof xml !== 'string') return '';
    if (/>\s*\n\s*</.test(xml) || xml.length > 2_000_000) return xml;
    let diepte = 0;
    const uit = [];
    for (const deel of xml.replace(/>\s*</g, '>\n<').split('\n')) {
      if (deel.startsWith('</')) diepte = Math.max(0, diepte - 1);
      uit.push('  '.repeat(diepte) + deel);
      if (/^<[^!?/]/.test(deel) && !deel.endsWith('/>') && !deel.includes('</')) diepte++;
    }
    return uit.join('\n');
  }

  function sluitDetail() {
    staat.gekozenBericht = null;
    $('detail').hidden = true;
    $('detail-inhoud').replaceChildren();
  }

  function gegevens(r) {
    const rijen = [
      ['Berichttype', r.berichttype ?? 'onbekend'],
      ['Richting', r.richting === 'in' ? 'ontvangen (van het systeem onder test)' : 'verstuurd (door de simulator)'],
      ['Cliënt (BSN)', r.bsn ?? '—'],
      ['Identificatie', r.identificatie ?? '—'],
      ['Status', r.status],
      ['Aflevering', r.afleverstatus + (r.pogingen ? ` (${r.pogingen} poging${r.pogingen === 1 ? '' : 'en'})` : '')],
      ['Laatste fout', r.laatsteFout ?? '—'],
      ['Transport', r.transport],
      ['Tijdstip', r.tijdstip],
      ['Volgnummer', r.volgnr],
      ['Id', r.id],
      ['Gerelateerd', r.gerelateerd ?? '—'],
    ];
    return el(
      'dl',
      { klasse: 'gegevens' },
      rijen.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]),
    );
  }

  async function toonDetail(id) {
    const s = sessie(staat.gekozen);
    if (!s) return;
    staat.gekozenBericht = id;
    render();
    const inhoud = $('detail-inhoud');
    $('detail').hidden = false;
    inhoud.replaceChildren(el('p', { klasse: 'leeg' }, 'laden…'));
    try {
      const { data: b } = await api(s, `/berichten/${encodeURIComponent(id)}`);
      // The retourbericht of a heenbericht: ours comes with it; the counterpart's answer to ours is its own entry.
      const zelfRetour = isRetour(b);
      let retour = b.retour && !zelfRetour ? { berichttype: b.retour.berichttype, xml: b.retour.xml, id: b.retour.id } : null;
      if (!retour && b.gerelateerd && b.richting === 'uit' && !zelfRetour) {
        // Our heenbericht: the answer is the counterpart's message in the log.
        const { data } = await api(s, `/berichten/${encodeURIComponent(b.gerelateerd)}`);
        if (data?.richting === 'in') retour = { berichttype: data.berichttype, xml: data.xml, id: data.id };
      }
      if (staat.gekozenBericht !== id) return;
      $('detail-titel').textContent = `${b.berichttype ?? 'Bericht'}${b.bsn ? ` · cliënt ${b.bsn}` : ''}`;
      const codes = b.retourcodes ?? [];
      inhoud.replaceChildren(
        el('h3', {}, 'Gegevens'),
        gegevens(b),
        el('h3', {}, 'Bevindingen'),
        b.bevindingen?.length
          ? el(
              'table',
              { klasse: 'bevindingen' },
              el('thead', {}, el('tr', {}, el('th', {}, 'Regel'), el('th', {}, 'Pad'), el('th', {}, 'Melding'))),
              el(
                'tbody',
                {},
                b.bevindingen.map((x) => el('tr', {}, el('td', {}, x.regel ?? ''), el('td', {}, x.pad ?? ''), el('td', {}, x.melding ?? ''))),
              ),
            )
          : el('p', { klasse: 'leeg' }, 'geen'),
        el('h3', {}, 'Retourcodes'),
        codes.length
          ? el(
              'table',
              { klasse: 'retourcodes' },
              el('thead', {}, el('tr', {}, el('th', {}, 'Berichtklasse'), el('th', {}, 'Pad'), el('th', {}, 'Codes'))),
              el(
                'tbody',
                {},
                codes.map((k) =>
                  el(
                    'tr',
                    {},
                    el('td', {}, k.berichtklasse ?? ''),
                    el('td', {}, k.pad ?? ''),
                    el('td', {}, codeChips((k.codes ?? []).map((c) => ({ code: String(c), klasse: k.berichtklasse })))),
                  ),
                ),
              ),
            )
          : el('p', { klasse: 'leeg' }, isRetour(b) ? 'dit is zelf een retourbericht' : 'nog geen'),
        el('h3', {}, 'XML'),
        el('pre', { klasse: 'xml', id: 'detail-xml' }, mooi(b.xml)),
        el('h3', {}, retour ? `Retourbericht ${retour.berichttype ?? ''}` : 'Retourbericht'),
        retour
          ? el('pre', { klasse: 'xml', id: 'detail-retour' }, mooi(retour.xml))
          : el('p', { klasse: 'leeg' }, zelfRetour ? `dit is zelf het retourbericht op bericht ${b.gerelateerd ?? '(onbekend)'}` : 'geen (nog)'),
      );
    } catch (e) {
      if (staat.gekozenBericht !== id) return;
      inhoud.replaceChildren(el('p', { klasse: 'leeg' }, e instanceof GeenToegang ? 'Geen toegang.' : `Niet te lezen: ${e?.message ?? e}`));
    }
  }

  // -------------------------------------------------------------------------------------------
  // The run (the view of `ketentest run`)

  const STATUS = { PASSED: 'geslaagd', FAILED: 'gefaald', SKIPPED: 'overgeslagen', PENDING: 'gefaald', UNDEFINED: 'gefaald', AMBIGUOUS: 'gefaald', UNKNOWN: 'gefaald' };

  function nieuweRun(id) {
    staat.run = { id, scenarios: new Map(), instructies: new Map(), huidig: null, einde: null, telling: { geslaagd: 0, gefaald: 0 }, elementen: new Map() };
    $('scenarios').replaceChildren();
    $('instructies').replaceChildren();
    $('run-omschrijving').textContent = '';
    $('run-telling').textContent = '';
  }

  function scenarioElement(sc) {
    const r = staat.run;
    let e = r.elementen.get(sc.nr);
    if (!e) {
      const stappen = el('ol', { klasse: 'stappen' });
      const melding = el('div', { klasse: 'melding' });
      const kop = el('summary', {});
      const details = el('details', {}, kop, stappen, melding);
      const li = el('li', { klasse: 'scenario', 'data-nr': sc.nr }, details);
      $('scenarios').append(li);
      e = { li, details, kop, stappen, melding };
      r.elementen.set(sc.nr, e);
    }
    e.li.className = `scenario ${sc.status}`;
    e.li.dataset.status = sc.status;
    e.kop.replaceChildren(`${sc.status === 'geslaagd' ? '✔' : sc.status === 'gefaald' ? '✘' : '▶'} `, sc.domein ? `[${sc.domein}] ` : '', sc.naam);
    e.stappen.replaceChildren(
      ...sc.stappen.map((st, i) =>
        el(
          'li',
          { klasse: `stap ${st.status ?? ''}`, 'data-stap': i, 'data-status': st.status ?? 'wacht' },
          el('span', { klasse: 'trefwoord' }, st.trefwoord),
          ' ',
          st.tekst,
          st.tabel?.length
            ? el(
                'table',
                { klasse: 'staptabel' },
                el(
                  'tbody',
                  {},
                  st.tabel.map((rij) =>
                    el(
                      'tr',
                      {},
                      rij.map((c) => el('td', {}, c)),
                    ),
                  ),
                ),
              )
            : '',
          st.melding ? el('div', { klasse: 'melding' }, st.melding) : '',
        ),
      ),
    );
    e.melding.textContent = sc.status === 'gefaald' ? sc.melding : '';
    if (sc.status === 'bezig') e.details.open = true;
    else if (sc.status === 'geslaagd' && e.details.dataset.auto !== 'nee') e.details.open = false;
    return e;
  }

  function instructieElement(i) {
    const r = staat.run;
    let e = r.instructies.get(i.id);
    if (!e) {
      const stand = el('p', { klasse: 'stand' });
      const knop = el('button', { type: 'button', klasse: 'gedaan', 'data-instructie': i.id, onclick: () => void gedaan(i.id, knop, stand) }, 'Gedaan');
      const div = el(
        'div',
        { klasse: 'instructie', 'data-instructie': i.id },
        el('h3', {}, `Handmatige stap voor het systeem onder test (${i.rol}, ${i.domein})`),
        el('p', {}, el('strong', {}, i.stap)),
        el('pre', {}, (i.regels ?? []).join('\n')),
        i.wachtOpGedaan ? knop : '',
        stand,
      );
      $('instructies').prepend(div);
      e = { div, knop, stand, i };
      r.instructies.set(i.id, e);
      stand.textContent = i.wachtOpGedaan ? "Doe deze stap in het systeem onder test en klik dan op 'Gedaan'." : 'De suite wacht op het bericht.';
    }
    return e;
  }

  async function gedaan(id, knop, stand) {
    knop.disabled = true;
    stand.textContent = 'bezig…';
    try {
      const r = await fetch(`run/instructies/${encodeURIComponent(id)}/gedaan`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: '{}',
        cache: 'no-store',
      });
      const data = await r.json().catch(() => ({}));
      if (!r.ok) {
        stand.textContent = data.fout ?? `niet gelukt (${r.status})`;
        knop.disabled = r.status === 404 || r.status === 409;
      }
    } catch (e) {
      stand.textContent = `niet gelukt: ${e?.message ?? e}`;
      knop.disabled = false;
    }
  }

  function verwerk(g) {
    const r = staat.run;
    switch (g.soort) {
      case 'run':
        $('run-omschrijving').textContent = g.omschrijving;
        zetSessies(g.bronnen ?? []);
        renderSessies();
        if (!sessie(staat.gekozen) && staat.sessies.length) kies(staat.sessies[0].sleutel);
        else if (staat.gekozen) {
          const s = sessie(staat.gekozen);
          staat.gekozen = null;
          if (s) kies(s.sleutel);
        }
        break;
      case 'scenario': {
        const sc = { ...g, status: 'bezig', melding: '', stappen: g.stappen.map((s) => ({ ...s, status: null })) };
        r.scenarios.set(g.nr, sc);
        r.huidig = sc;
        scenarioElement(sc).li.scrollIntoView?.({ block: 'nearest' });
        if ($('volg-run').checked && g.domein && g.sutRol) {
          const tegen = staat.sessies.find((s) => s.domein === g.domein && s.rol && s.rol !== g.sutRol && !s.gestopt);
          if (tegen && tegen.sleutel !== staat.gekozen) kies(tegen.sleutel);
        }
        renderSessies();
        break;
      }
      case 'stap': {
        const sc = r.scenarios.get(g.nr);
        const st = sc?.stappen[g.stap];
        if (!st) break;
        st.status = g.status === 'bezig' ? 'bezig' : (STATUS[g.status] ?? g.status);
        st.melding = g.melding ?? '';
        scenarioElement(sc);
        break;
      }
      case 'scenario-klaar': {
        const sc = r.scenarios.get(g.nr);
        if (!sc) break;
        sc.status = g.status === 'PASSED' ? 'geslaagd' : 'gefaald';
        sc.melding = g.melding ?? '';
        if (!g.opnieuw) r.telling[sc.status]++;
        scenarioElement(sc);
        break;
      }
      case 'instructie':
        instructieElement(g);
        break;
      case 'gedaan': {
        const e = r.instructies.get(g.id);
        if (!e) break;
        e.div.classList.add('klaar');
        e.knop.remove();
        e.stand.textContent = `Gedaan (${g.door === 'web' ? 'in de webweergave' : g.door === 'terminal' ? 'in de terminal' : g.door}); de suite wacht nu op het bericht.`;
        break;
      }
      case 'verlopen': {
        const e = r.instructies.get(g.id);
        if (!e) break;
        e.div.classList.add('klaar');
        e.knop.remove();
        e.stand.textContent = "Niemand meldde 'gedaan' op tijd: de stap is gefaald.";
        break;
      }
      case 'einde':
        r.einde = g;
        for (const s of staat.sessies) if (s.soort === 'bron') s.gestopt = true;
        staat.volgGeneratie++;
        staat.afbreken?.abort();
        renderSessies();
        render();
        break;
      default:
        break;
    }
  }

  function renderTelling() {
    const r = staat.run;
    if (!r) return;
    const bezig = r.huidig && r.huidig.status === 'bezig' ? ` · bezig: ${r.huidig.naam}` : '';
    const einde = r.einde ? ` · klaar: ${r.einde.totaal} scenario's, ${r.einde.geslaagd} geslaagd, ${r.einde.gefaald} gefaald` : bezig;
    $('run-telling').textContent = `${r.telling.geslaagd} geslaagd, ${r.telling.gefaald} gefaald${einde}`;
  }

  async function volgRun() {
    let vanaf = 0;
    let runId = null;
    for (;;) {
      try {
        const q = new URLSearchParams({ vanaf: String(vanaf), wacht: String(WACHT_MS) });
        const r = await fetch(`run?${q}`, { headers: { accept: 'application/json' }, cache: 'no-store' });
        if (!r.ok) throw new Error(String(r.status));
        const data = await r.json();
        if (data.run !== runId) {
          // A new run on this view: begin again from its first event.
          runId = data.run;
          nieuweRun(runId);
          if (vanaf !== 0) {
            vanaf = 0;
            continue;
          }
        }
        for (const g of data.gebeurtenissen ?? []) verwerk(g);
        vanaf = data.volgende ?? vanaf;
        renderTelling();
        verbinding(staat.run?.einde ? 'run voorbij' : 'run loopt');
        if (!data.gebeurtenissen?.length) await slaap(200);
      } catch (e) {
        verbinding(`run niet bereikbaar (${e?.message ?? e}); opnieuw over 2 s`, true);
        await slaap(2000);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Start

  async function start() {
    $('sessie-openen').addEventListener('submit', openSessie);
    $('filters').addEventListener('change', () => render());
    $('filters').addEventListener('submit', (e) => e.preventDefault());
    $('detail-sluiten').addEventListener('click', () => {
      sluitDetail();
      render();
    });
    let omgeving;
    try {
      const r = await fetch('omgeving', { headers: { accept: 'application/json' }, cache: 'no-store' });
      omgeving = await r.json();
    } catch (e) {
      verbinding(`de weergave is niet bereikbaar (${e?.message ?? e})`, true);
      return;
    }
    staat.omgeving = omgeving;
    $('modus').textContent = omgeving.modus === 'run' ? 'live weergave van de run' : 'simulator';
    $('sessie-openen').hidden = !omgeving.sessies;
    document.body.dataset.modus = omgeving.modus;
    zetSessies(omgeving.bronnen ?? []);
    renderSessies();
    render();
    if (omgeving.modus === 'run') {
      $('run').hidden = false;
      void volgRun();
    } else if (staat.sessies.length) kies(staat.sessies[0].sleutel);
  }

  void start();
})();
