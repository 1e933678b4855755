/**
 * Scores the privacy guard on the thirty-ninth evaluation set ("private people with famous names, and the famous
 * themselves": 150 messages naming colleagues, candidates and customers who share a famous person's whole name, 150
 * PII-free messages about the famous) with the shared measure (`../privacy-set/score.ts`: caught = every letter and
 * digit inside a redacted span; altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-thirty-ninth -- --half dev [--misses]
 *   npm run eval:privacy-thirty-ninth -- --half held           (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'thirty-ninth', process.argv.slice(2));
