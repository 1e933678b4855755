/**
 * Reads the fifteenth privacy evaluation set (secrets as developers paste them into team chat when
 * asking an AI for help: vendor keys, tokens, private keys, connection strings and passwords in
 * .env files, manifests, shell history, code and logs, plus secret look-alikes that hold none):
 * the shared set reader bound to this folder, with the same exports as the fourteenth set's
 * `load.ts` so the two can be swapped in a script or test.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
