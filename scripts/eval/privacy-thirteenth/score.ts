/**
 * Scores the privacy guard on the thirteenth evaluation set (person names and postal addresses in
 * messages sent to a cloud model) with the shared measure (`../privacy-set/score.ts`: caught = every
 * letter and digit inside a redacted span; altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-thirteenth -- --half dev [--misses]
 *   npm run eval:privacy-thirteenth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'thirteenth', process.argv.slice(2));
