/**
 * Reads the nineteenth privacy evaluation set (the work people at a ~400-person company paste into a
 * chat assistant — support tickets, CRM exports, recruiting and HR notes, invoices and expense claims,
 * travel and deliveries, IT tickets, meeting notes, pasted e-mail threads and tables — with private
 * people of many origins and their contact details and identifiers on the labelled side, and PII-free
 * messages full of brands, places, things named after people, public figures and placeholders): the
 * shared set reader bound to this folder, with the same exports as the fourteenth set's `load.ts` so
 * the two can be swapped in a script or test.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
