/**
 * Reads the sixteenth privacy evaluation set (requests carrying material pasted from other tools:
 * e-mail threads and signatures, meeting transcripts, ticket and CRM exports, git and CI output,
 * invites, HR papers, invoices, labels, tenant lists, appointment notes, school and legal forms):
 * the shared set reader bound to this folder, with the same exports as the fourteenth set's
 * `load.ts` so the two can be swapped in a script or test.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
