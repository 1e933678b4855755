/**
 * Reads the thirty-ninth privacy evaluation set ("private people with famous names, and the famous themselves": chat at
 * a ~400-person logistics and software company with offices in many countries; the labelled side names colleagues,
 * candidates, tenants, couriers and vendors' staff who share the whole written name of someone famous whose family name
 * is no common English word — "Satya Nadella pushed the fix", "interviewed Virat Kohli today" — mostly with nothing
 * that tells them from the famous one; the PII-free side names only the famous, as news, sport, books, quotes for
 * slides, quizzes, room names and requests to summarise, half of it in the writer's own voice): the shared set reader
 * bound to this folder, with the same exports as the other sets' `load.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
