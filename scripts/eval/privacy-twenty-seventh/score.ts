/**
 * Scores the privacy guard on the twenty-seventh evaluation set (chat at a company with offices and
 * customers in Central and Eastern Europe, Turkey, the Caucasus and Central Asia, mostly in English mixed
 * with Polish, Czech, Slovak, Hungarian, Romanian, Bulgarian, Serbian, Croatian, Ukrainian, Russian,
 * Baltic languages, Turkish, Azerbaijani, Georgian, Armenian, Kazakh and Uzbek; PII-free messages from the
 * same offices that name only public figures, characters, brands, places and placeholders) with the
 * shared measure (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span;
 * altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-twenty-seventh -- --half dev [--misses]
 *   npm run eval:privacy-twenty-seventh -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'twenty-seventh', process.argv.slice(2));
