/**
 * Reads the twenty-fifth privacy evaluation set (Slack and Discord chat at a company with offices and
 * customers in East and Southeast Asia: names romanised and in Han, kana, Hangul and Thai, family name
 * first and last, honorifics and suffixes, addresses in each country's order, national identifiers
 * with their check digits, phones, cards and secrets; the PII-free side names the region's public
 * figures, characters, brands named after families, places, dishes and placeholder names): the shared
 * set reader bound to this folder, with the same exports as the other sets' `load.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
