/**
 * Reads the eighteenth privacy evaluation set (words that are both people's names and something
 * else — brands, shops, firms, places, rooms, laws, awards, songs, placeholders — in workplace chat,
 * on both sides: real colleagues, customers and candidates who carry such names, and PII-free
 * messages where the same words are not people): the shared set reader bound to this folder, with
 * the same exports as the fourteenth set's `load.ts` so the two can be swapped in a script or test.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
