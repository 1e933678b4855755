/**
 * Reads the twenty-eighth privacy evaluation set ("people named in their own script": Slack and Discord
 * chat at a company with offices in Israel, the Gulf, the Levant, Egypt, Morocco, Iran, Pakistan, India,
 * Nepal, Bangladesh, Russia, Ukraine, Kazakhstan, Georgia, Armenia, Greece and Thailand, written wholly or
 * mostly in Hebrew, Arabic, Persian, Urdu, Hindi, Marathi, Nepali, Bengali, Russian, Ukrainian, Kazakh,
 * Georgian, Armenian, Greek or Thai script, mostly naming people by a given name alone, with the script's
 * prefixes and case endings, diminutives and names that are also ordinary words; national identifiers
 * with their check digits, local phones and addresses, IBANs, cards and secrets; the PII-free side uses
 * the same name-words as words and names God, prophets, festivals, public figures, characters, brands,
 * places named after people and placeholders): the shared set reader bound to this folder, with the same
 * exports as the other sets' `load.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
