/**
 * Reads the seventeenth privacy evaluation set (everyday workplace chat written wholly or mostly in
 * less commonly covered Latin-script languages — Finnish, Estonian, Hungarian, Romanian, Czech,
 * Slovak, Slovenian, Lithuanian, Latvian, Icelandic, Albanian, Serbian/Bosnian, Vietnamese, Maltese,
 * Welsh, Irish, Basque, Galician, Afrikaans, Hausa, Yoruba, Somali, Uzbek, Azerbaijani): the shared
 * set reader bound to this folder, with the same exports as the fourteenth set's `load.ts` so the
 * two can be swapped in a script or test.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
