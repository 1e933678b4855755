/**
 * Scores the privacy guard on the twenty-second evaluation set (chat in Arabic script — Gulf,
 * Levantine, Egyptian and Maghrebi Arabic, MSA, Persian, Urdu — and Hebrew at a company with offices
 * across the Middle East, North Africa and Pakistan: labelled messages naming private people with
 * titles, kunyas, ال family names, nisba and -زاده/-پور forms, Hebrew prefixes attached to names and
 * names that are also ordinary words, with their phones in local formats and Arabic-Indic digits,
 * e-mails, addresses, birth dates, national IDs, IBANs, cards, IP addresses and secrets; PII-free
 * messages from the same chat that use those name-words as words and name only set phrases, prophets,
 * public figures, fictional characters, places, firms, brands and placeholders) with the shared
 * measure (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span;
 * altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-twenty-second -- --half dev [--misses]
 *   npm run eval:privacy-twenty-second -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'twenty-second', process.argv.slice(2));
