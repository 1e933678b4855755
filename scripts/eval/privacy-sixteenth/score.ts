/**
 * Scores the privacy guard on the sixteenth evaluation set (requests with material pasted from
 * other tools — mail threads, transcripts, tickets, git and CI output, forms — carrying personal
 * data and secrets) with the shared measure (`../privacy-set/score.ts`: caught = every letter and
 * digit inside a redacted span; altered = any redaction in a PII-free message). Secrets are scored
 * as the shared `SECRET` type.
 *
 *   npm run eval:privacy-sixteenth -- --half dev [--misses]
 *   npm run eval:privacy-sixteenth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'sixteenth', process.argv.slice(2));
