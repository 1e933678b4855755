/**
 * Reads the thirty-first privacy evaluation set ("Latin America and Iberia at work": Slack and Discord chat at a
 * software company with offices from Mexico City to Lisbon, written wholly or mostly in Spanish and Portuguese — names
 * with the colloquial article ("la coni", "o Pedro", "da Thaís"), in lower case, as diminutives and nicknames, after the
 * personal "a", with double surnames and particles, and in pasted receipts, forms and signatures; CPF, CURP, RUT, DNI,
 * NIE, NIF, IBANs, cards and secrets; the PII-free side uses the same name-words as words and names places and firms with
 * articles, streets, saints, holidays, public figures, characters and placeholders): the shared set reader bound to this
 * folder, with the same exports as the other sets' `load.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
