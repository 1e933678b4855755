/**
 * Scores the privacy guard on the twelfth evaluation set (personal values in messages sent to a cloud
 * model) with the shared measure (`../privacy-set/score.ts`: caught = every letter and digit inside a
 * redacted span; altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-twelfth -- --half dev [--misses]
 *   npm run eval:privacy-twelfth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'twelfth', process.argv.slice(2));
