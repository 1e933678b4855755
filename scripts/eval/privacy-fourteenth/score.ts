/**
 * Scores the privacy guard on the fourteenth evaluation set (requests escalated to a cloud model,
 * with pasted logs, configs, forms and exports carrying personal data and secrets) with the shared
 * measure (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span;
 * altered = any redaction in a PII-free message). Secrets are scored as the shared `SECRET` type.
 *
 *   npm run eval:privacy-fourteenth -- --half dev [--misses]
 *   npm run eval:privacy-fourteenth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'fourteenth', process.argv.slice(2));
