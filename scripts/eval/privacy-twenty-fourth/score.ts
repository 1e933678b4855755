/**
 * Scores the privacy guard on the twenty-fourth evaluation set ("famous names and the people at
 * work": chat at a ~300-person software and services company where colleagues, customers, candidates
 * and vendors' staff — many sharing a name with a public figure or a fictional character — appear
 * next to the famous, with their e-mails, phones, addresses, birth dates, identifiers, IBANs, cards,
 * IP addresses and secrets on the labelled side; PII-free messages from the same chat that name only
 * public figures, fictional characters, things named after people, placeholders and places) with the
 * shared measure (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span;
 * altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-twenty-fourth -- --half dev [--misses]
 *   npm run eval:privacy-twenty-fourth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'twenty-fourth', process.argv.slice(2));
