/**
 * Scores the privacy guard on the eighth evaluation set with the shared measure
 * (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span; altered = any
 * redaction in a PII-free message).
 *
 *   npm run eval:privacy-eighth -- --half dev [--misses]
 *   npm run eval:privacy-eighth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'eighth', process.argv.slice(2));
