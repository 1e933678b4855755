/**
 * Scores the privacy guard on the twenty-eighth evaluation set ("people named in their own script": chat
 * written wholly or mostly in Hebrew, Arabic, Persian, Urdu, Devanagari, Bengali, Cyrillic, Georgian,
 * Armenian, Greek and Thai script, naming people mostly by a given name alone; PII-free messages from the
 * same offices that use the same name-words as ordinary words and name only God, festivals, public
 * figures, characters, brands, places and placeholders) with the shared measure
 * (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span; altered = any
 * redaction in a PII-free message).
 *
 *   npm run eval:privacy-twenty-eighth -- --half dev [--misses]
 *   npm run eval:privacy-twenty-eighth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'twenty-eighth', process.argv.slice(2));
