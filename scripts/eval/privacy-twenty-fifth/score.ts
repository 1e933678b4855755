/**
 * Scores the privacy guard on the twenty-fifth evaluation set (chat at a company with offices and
 * customers in East and Southeast Asia, names in Latin script and in their own scripts; PII-free
 * messages from the same offices that name only public figures, characters, brands, places and
 * placeholders) with the shared measure (`../privacy-set/score.ts`: caught = every letter and digit
 * inside a redacted span; altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-twenty-fifth -- --half dev [--misses]
 *   npm run eval:privacy-twenty-fifth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'twenty-fifth', process.argv.slice(2));
