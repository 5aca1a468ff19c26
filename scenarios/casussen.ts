/** Every case of the casuïstiek, in one list: the 3.2 cases, the 3.2 changes, the message flows, declareren, techniek. */
import { CASUSSEN_32 } from './casussen-32';
import type { Casus } from './model';

export const ALLE_CASUSSEN: readonly Casus[] = [...CASUSSEN_32];
