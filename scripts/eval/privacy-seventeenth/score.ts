/**
 * Scores the privacy guard on the seventeenth evaluation set (workplace chat in less commonly
 * covered Latin-script languages: inflected, lower-case and diacritic-less names, national phone,
 * address and id formats) with the shared measure (`../privacy-set/score.ts`: caught = every letter
 * and digit inside a redacted span; altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-seventeenth -- --half dev [--misses]
 *   npm run eval:privacy-seventeenth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'seventeenth', process.argv.slice(2));
