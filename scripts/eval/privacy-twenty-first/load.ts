/**
 * Reads the twenty-first privacy evaluation set (everyday chat in a ~250-person company's Slack and
 * Discord over a normal week — quick channel questions, DMs, thread replies, standup notes, incident
 * chatter, sales, support, finance, HR, legal, marketing and ops small talk, pasted logs, CSV rows,
 * JSON, YAML, SQL, e-mail excerpts and calendar invites, and requests to the bot, some in other
 * languages and scripts — with private people of many origins, including lower-case names and names
 * that are also ordinary words, and their contact details, identifiers, cards, IBANs, IP addresses
 * and secrets on the labelled side, and PII-free messages of the same chat naming only firms, brands,
 * products, places, codenames, public figures, fictional characters and placeholders): the shared set
 * reader bound to this folder, with the same exports as the fourteenth set's `load.ts` so the two can
 * be swapped in a script or test.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
