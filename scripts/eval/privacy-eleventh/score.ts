/**
 * Scores the privacy guard on the eleventh evaluation set (names and addresses) with the shared measure
 * (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span; altered = any
 * redaction in a PII-free message).
 *
 *   npm run eval:privacy-eleventh -- --half dev [--misses]
 *   npm run eval:privacy-eleventh -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'eleventh', process.argv.slice(2));
