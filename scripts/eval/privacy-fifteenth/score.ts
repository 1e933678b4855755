/**
 * Scores the privacy guard on the fifteenth evaluation set (secrets pasted by developers into team
 * chat, and secret look-alikes that hold none) with the shared measure (`../privacy-set/score.ts`:
 * caught = every letter and digit inside a redacted span; altered = any redaction in a PII-free
 * message). Secrets are scored as the shared `SECRET` type.
 *
 *   npm run eval:privacy-fifteenth -- --half dev [--misses]
 *   npm run eval:privacy-fifteenth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'fifteenth', process.argv.slice(2));
