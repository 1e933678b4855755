/**
 * Reads the thirteenth privacy evaluation set (person names and postal addresses as people type
 * them in team chat, in messages sent to a cloud model): the shared set reader bound to this folder,
 * with the same exports as the twelfth set's `load.ts` so the two can be swapped in a script or test.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
