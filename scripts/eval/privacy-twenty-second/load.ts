/**
 * Reads the twenty-second privacy evaluation set (Slack and Discord chat at a company with offices
 * in the Gulf, the Levant, Egypt, Morocco, Iran, Pakistan and Israel, written wholly or mostly in
 * Arabic script — Gulf, Levantine, Egyptian and Maghrebi Arabic and MSA, Persian, Urdu — and in
 * Hebrew, with English tech words mixed in, plus English requests to the bot with a pasted Arabic,
 * Persian, Urdu or Hebrew passage; private people named the way each language does it — given names
 * alone, family names with ال or a nisba, بن/بنت chains, أبو/أم kunyas, Persian -زاده/-پور names,
 * Urdu names with صاحب/بھائی, Hebrew names with an attached ו/ל/ש/מ/ב prefix, names that are also
 * ordinary words — and their phones, e-mails, addresses, birth dates, identifiers, IBANs, cards, IP
 * addresses and secrets on the labelled side; PII-free messages of the same chat with those words used
 * as words, set and religious phrases, prophets, public figures, fictional characters, streets and
 * places named after people, firms, brands and placeholders): the shared set reader bound to this
 * folder, with the same exports as the fourteenth set's `load.ts` so the two can be swapped in a
 * script or test.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
