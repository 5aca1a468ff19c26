/**
 * The expectations of a step as Dutch sentences, each tied to the check that proves it. The feature
 * files are written from these sentences, and the step definitions look a sentence up to know which
 * check it asserts, so text and check cannot drift apart.
 */
import type { Rol } from '../simulator/standaard/woorden';
import type { Inhoud, Stap } from './model';

const BERICHTNAMEN: Record<string, string> = {
  '301': 'toewijzingsbericht (301)',
  '305': 'startbericht (305)',
  '307': 'stopbericht (307)',
  '315': 'verzoek om toewijzing (315)',
  '317': 'verzoek om wijziging (317)',
  '319': 'antwoordbericht (319)',
  '323': 'declaratiebericht (323)',
};

const KLASSEN: Record<string, string> = {
  '/Bericht/Header': 'de Header',
  '/Bericht/Client': 'de Client',
  '/Bericht/Client/Verzoek': 'het Verzoek',
  '/Bericht/Antwoord': 'het Antwoord',
  '/Bericht/Declaratie': 'de Declaratie',
};

function klasseNaam(pad: string): string {
  if (KLASSEN[pad]) return KLASSEN[pad];
  const m = /\/(\w+)\[(\d+)\]$/.exec(pad);
  return m ? `${m[1]} ${m[2]}` : pad;
}

function velden(v: Record<string, unknown> | undefined): string {
  if (!v) return '';
  const delen = Object.entries(v).map(
    ([k, w]) =>
      `${k} ${
        typeof w === 'object'
          ? Object.entries(w as object)
              .map(([a, b]) => `${a} ${String(b)}`)
              .join(' ')
          : String(w)
      }`,
  );
  return ` met ${delen.join(', ')}`;
}

function inhoudZin(i: Inhoud, bericht: string): string {
  switch (i.soort) {
    case 'toewijzing':
      return `bevat het ${bericht} ${i.nummer === 'nieuw' ? 'een nieuwe toewijzing' : `toewijzing ${i.nummer}`}${velden(i.velden)}`;
    case 'geen-nieuwe-toewijzing':
      return `bevat het ${bericht} geen nieuwe toewijzing`;
    case 'referentie-overgenomen':
      return 'neemt de toewijzing de ReferentieAanbieder van het verzoek over';
    case 'antwoord':
      return `is het antwoord ${i.antwoord === '1' ? '1 (verzoek afgewezen)' : '2 (aanvraag in onderzoek)'}${i.reden ? ` met reden ${i.reden}` : ''}${i.woonplaatsbeginsel ? ` en woonplaatsbeginsel ${i.woonplaatsbeginsel}` : ''}`;
    case 'start':
      return `meldt het ${bericht} de start van toewijzing ${i.nummer}${i.begindatum ? ` per ${i.begindatum}` : ''}`;
    case 'stop':
      return `meldt het ${bericht} de stop van toewijzing ${i.nummer}${i.reden ? ` met reden beëindiging ${i.reden}` : ''}${i.einddatum ? ` per ${i.einddatum}` : ''}`;
    case 'prestaties-afgewezen':
      return `bevat het declaratie-antwoord alleen de ${i.aantal} afgewezen prestatie${i.aantal === 1 ? '' : 's'}`;
    case 'declaratie-antwoord':
      return `krijgt het declaratie-antwoord retourcode ${i.codes.join(', ')}`;
  }
}

export type Controle =
  | { readonly soort: 'geweigerd' }
  | { readonly soort: 'retour' }
  | { readonly soort: 'inhoud'; readonly index: number }
  | { readonly soort: 'retourinhoud'; readonly index: number }
  | { readonly soort: 'volgt'; readonly index: number };

export interface Verwachtingsregel {
  readonly tekst: string;
  readonly controle: Controle;
}

/** The sentences of a step's expectations, in the order the feature shows them. */
export function verwachtingsregels(stap: Stap, sutRol: Rol): Verwachtingsregel[] {
  const v = stap.verwacht;
  const uit: Verwachtingsregel[] = [];
  const bericht = v.bericht ? (BERICHTNAMEN[v.bericht] ?? v.bericht) : 'bericht';
  const doorSut = stap.door === sutRol;
  if (v.geweigerd) uit.push({ tekst: `weigert de ${stap.door} deze stap`, controle: { soort: 'geweigerd' } });
  if (v.retour === 'geen') uit.push({ tekst: 'komt er geen retourbericht', controle: { soort: 'retour' } });
  else if (v.retour === 'goedgekeurd') {
    uit.push({ tekst: doorSut ? `voldoet het ${bericht} aan de regels en wordt het goedgekeurd` : `keurt de ${sutRol} het ${bericht} goed`, controle: { soort: 'retour' } });
  } else if (v.retour) {
    const codes = v.retour.map((r) => `retourcode ${r.code} op ${klasseNaam(r.klasse)}`).join(' en ');
    uit.push({ tekst: doorSut ? `krijgt het ${bericht} ${codes}` : `geeft de ${sutRol} op het ${bericht} ${codes}`, controle: { soort: 'retour' } });
  }
  // The content of the counterpart's own messages is not what the suite tests; the SUT's is.
  if (doorSut) (v.inhoud ?? []).forEach((i, index) => uit.push({ tekst: inhoudZin(i, bericht), controle: { soort: 'inhoud', index } }));
  (v.retourInhoud ?? []).forEach((i, index) => uit.push({ tekst: inhoudZin(i, bericht), controle: { soort: 'retourinhoud', index } }));
  (v.volgt ?? []).forEach((f, index) =>
    uit.push({
      tekst: `stuurt de ${f.door} uit zichzelf een ${BERICHTNAMEN[f.bericht] ?? f.bericht}${f.inhoud?.length ? ` dat ${f.inhoud.map((i) => inhoudZin(i, '').replace(/^meldt het\s+/, 'meldt ')).join(' en ')}` : ''}`,
      controle: { soort: 'volgt', index },
    }),
  );
  return uit;
}
