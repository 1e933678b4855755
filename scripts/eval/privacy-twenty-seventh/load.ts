/**
 * Reads the twenty-seventh privacy evaluation set (Slack and Discord chat at a company with offices and
 * customers in Central and Eastern Europe, Turkey, the Caucasus and Central Asia: Polish, Czech, Slovak,
 * Hungarian (family name first), Romanian, Moldovan, Bulgarian, Serbian, Croatian, Ukrainian, Baltic,
 * Turkish, Georgian, Armenian, Azerbaijani, Kazakh, Uzbek and Kyrgyz names, some in Cyrillic, Georgian or
 * Armenian script, with Slavic inflection, diminutives and patronymics, titles kept outside the value;
 * national identifiers with their check digits, phones, addresses in each country's way, IBANs, cards and
 * secrets; the PII-free side names the regions' public figures, characters, brands and places named
 * after people, dishes, words that look like names and placeholder names): the shared set reader bound
 * to this folder, with the same exports as the other sets' `load.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
