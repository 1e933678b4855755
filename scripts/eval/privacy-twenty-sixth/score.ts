/**
 * Scores the privacy guard on the twenty-sixth evaluation set (chat at a company with offices and
 * customers in Latin America and sub-Saharan Africa, in English mixed with Spanish, Portuguese, French,
 * Swahili and Pidgin; PII-free messages from the same offices that name only public figures,
 * characters, brands, places and placeholders) with the shared measure (`../privacy-set/score.ts`:
 * caught = every letter and digit inside a redacted span; altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-twenty-sixth -- --half dev [--misses]
 *   npm run eval:privacy-twenty-sixth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'twenty-sixth', process.argv.slice(2));
