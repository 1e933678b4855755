/**
 * Reads the twenty-third privacy evaluation set (Slack and Discord chat at a company with offices in
 * Delhi, Mumbai, Pune, Bengaluru, Kolkata, Dhaka and Kathmandu, written wholly or mostly in Devanagari
 * — Hindi, Marathi, Nepali — and Bengali script, with English tech words in Latin letters, Devanagari
 * and Bengali digits, emoji and some Hinglish mixed in, plus English requests to the bot with a pasted
 * Hindi, Marathi, Nepali or Bengali passage; private people named the way these languages do it —
 * given names alone, given + surname, names followed by postpositions (को, ने, का, के साथ) or carrying
 * attached case endings (Marathi -ला/-ने/-चा, Nepali -लाई/-को, Bengali -র/-এর/-কে), honorifics (जी,
 * साहब, सर, मैडम, भैया, दीदी, ताई, दाइ, দা, দি, আপা, বাবু), names that are also ordinary words — and
 * their phones, e-mails, addresses, birth dates, Aadhaar/PAN/voter/NID/citizenship numbers, UPI ids,
 * IBANs, cards, IP addresses and secrets on the labelled side; PII-free messages of the same chat with
 * those words used as words, gods and festivals, public and historical figures, fictional characters,
 * places and roads named after people, family firms, brands, calendar words and placeholders): the
 * shared set reader bound to this folder, with the same exports as the fourteenth set's `load.ts` so
 * the two can be swapped in a script or test.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
