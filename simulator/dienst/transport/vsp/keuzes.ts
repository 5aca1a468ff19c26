/**
 * What the VSP material leaves open for iWmo/iJw, chosen here and only here (README, "VSP: what
 * ketentest chose"): the berichtstroom of each message, the roles of the parties in the routing,
 * and how a message's state in our log reads as a VSP berichtstatus. Correct it here when VECOZO's
 * own values are known.
 */
import type { Berichttype } from '../../../standaard/berichten/catalogus';
import type { Logregel } from '../contract';

/** The paths of the three services, as VECOZO publishes them (a vendor replaces only the host). */
export const PADEN = {
  push: '/berichtenservice/berichten/rest-push/v1/berichten',
  pull: '/berichtenservice/berichten/rest-pull/v1/berichten',
  status: '/berichtenservice/berichtstatus/rest-pull/v3/berichtstatussen',
} as const;

/** Berichtstroom: the message type as the standard names it (JW301), release 3.2 as version 3, subversion 2. */
export function berichtstroom(type: Berichttype, isRetour: boolean) {
  return { berichttype: type, berichtversie: 3, berichtsubversie: 2, actie: isRetour ? 'Retourbericht' : 'Heenbericht' } as const;
}

/** Relatie.rol of each party; Relatie.code is its CBS code (gemeente) or AGB code (aanbieder). */
export const ROLLEN = { gemeente: 'Gemeente', aanbieder: 'Zorgaanbieder' } as const;

/** The largest payload VECOZO takes (CC03). */
export const MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;

/** The most messages one pull returns. */
export const MAX_LIJST = 250;

export type Berichtstatus =
  | 'Ontvangen'
  | 'DeelsOntvangen'
  | 'DeelberichtAanleveringAfgekeurd'
  | 'WordtVerwerkt'
  | 'AfgekeurdDoorDienst'
  | 'VerwerkingVoltooid'
  | 'WordtAangeboden'
  | 'Bezorgd'
  | 'AanbiedenMislukt'
  | 'BezorgingAfgebroken';

/**
 * A logged message's VSP status. Pushed to us: stored and waiting 'Ontvangen', refused
 * 'AfgekeurdDoorDienst', processed by our party 'Bezorgd'. Set out by us: queued 'WordtVerwerkt',
 * waiting in the pull list 'WordtAangeboden', acknowledged (DELETE) 'Bezorgd', given up 'BezorgingAfgebroken'.
 */
export function statusVan(r: Logregel): Berichtstatus {
  if (r.richting === 'in') return r.status === 'ontvangen' ? 'Ontvangen' : r.status === 'afgekeurd' ? 'AfgekeurdDoorDienst' : 'Bezorgd';
  switch (r.afleverstatus) {
    case 'klaargezet':
      return 'WordtAangeboden';
    case 'afgeleverd':
      return 'Bezorgd';
    case 'opgegeven':
      return 'BezorgingAfgebroken';
    default:
      return 'WordtVerwerkt';
  }
}
