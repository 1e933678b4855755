/**
 * Scores the privacy guard on the twenty-third evaluation set (chat in Devanagari — Hindi, Marathi,
 * Nepali — and Bengali script at a company with offices in Delhi, Mumbai, Pune, Bengaluru, Kolkata,
 * Dhaka and Kathmandu: labelled messages naming private people with honorifics, postpositions and
 * attached case endings, and names that are also ordinary words, with their phones in local formats
 * and Devanagari/Bengali digits, e-mails, addresses, birth dates (Gregorian and Bikram Sambat),
 * Aadhaar, PAN, voter, NID and citizenship numbers, UPI ids, IBANs, cards, IP addresses and secrets;
 * PII-free messages from the same chat that use those name-words as words and name only gods,
 * festivals, public figures, fictional characters, places, family firms, brands and placeholders) with
 * the shared measure (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted
 * span; altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-twenty-third -- --half dev [--misses]
 *   npm run eval:privacy-twenty-third -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'twenty-third', process.argv.slice(2));
