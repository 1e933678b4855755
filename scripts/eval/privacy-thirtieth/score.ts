/**
 * Scores the privacy guard on the thirtieth evaluation set ("Tel Aviv and Haifa at work": Hebrew workplace chat
 * naming colleagues, customers' staff and family by given names with Hebrew's joined prefixes, names that are also
 * words, nicknames and family names, with Israeli phones, ID numbers, addresses, IBANs, cards and secrets; PII-free
 * messages use the same words as words and name public figures, streets, holidays, brands and placeholders) with the
 * shared measure (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span; altered = any
 * redaction in a PII-free message).
 *
 *   npm run eval:privacy-thirtieth -- --half dev [--misses]
 *   npm run eval:privacy-thirtieth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'thirtieth', process.argv.slice(2));
