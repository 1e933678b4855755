/**
 * Reads the thirtieth privacy evaluation set ("Tel Aviv and Haifa at work": Slack and Discord chat at an Israeli
 * software company, written wholly or mostly in Hebrew — given names alone in every place people put them, with
 * Hebrew's joined prefixes, names that are also ordinary words, nicknames, Arabic, Russian and English names in
 * Hebrew letters, family names after a given name or a title; Israeli phones, ID numbers with their check digit,
 * addresses, IBANs, cards and secrets; the PII-free side uses the same name-words as words and names public figures,
 * streets, holidays, God, brands and placeholders): the shared set reader bound to this folder, with the same
 * exports as the other sets' `load.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
