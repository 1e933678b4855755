/**
 * Scores the privacy guard on the eighteenth evaluation set (words that are both people's names
 * and brands, places or things named after people, in workplace chat: labelled messages where such
 * names belong to real colleagues, customers and candidates, PII-free messages where they do not)
 * with the shared measure (`../privacy-set/score.ts`: caught = every letter and digit inside a
 * redacted span; altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-eighteenth -- --half dev [--misses]
 *   npm run eval:privacy-eighteenth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'eighteenth', process.argv.slice(2));
