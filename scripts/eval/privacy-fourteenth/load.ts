/**
 * Reads the fourteenth privacy evaluation set (requests people escalate to a cloud model, pasted
 * the way they paste them: logs, configs, shell history, contracts, HR and payroll forms, exports):
 * the shared set reader bound to this folder, with the same exports as the thirteenth set's
 * `load.ts` so the two can be swapped in a script or test.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
