/** Every case of the casuïstiek, in one list: the 3.2 cases, the 3.2 changes, the message flows, declareren, techniek. */
import { CASUSSEN_32 } from './casussen-32';
import { DECLAREREN } from './declareren';
import type { Casus } from './model';
import { STROMEN } from './stromen';
import { TECHNIEK } from './techniek';
import { WIJZIGINGEN_32 } from './wijzigingen-32';

export const ALLE_CASUSSEN: readonly Casus[] = [...CASUSSEN_32, ...WIJZIGINGEN_32, ...STROMEN, ...DECLAREREN, ...TECHNIEK];

export function casusMetId(id: string): Casus | undefined {
  return ALLE_CASUSSEN.find((c) => c.id === id);
}
