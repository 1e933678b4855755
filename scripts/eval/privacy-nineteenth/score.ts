/**
 * Scores the privacy guard on the nineteenth evaluation set (work pasted into a chat assistant at a
 * ~400-person company: labelled messages naming private people of many origins with their e-mails,
 * phones, addresses, birth dates, identifiers, IBANs, cards, IP addresses and secrets; PII-free
 * messages from the same work that name only brands, places, things named after people, public
 * figures, fictional characters and placeholders) with the shared measure
 * (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span; altered = any
 * redaction in a PII-free message).
 *
 *   npm run eval:privacy-nineteenth -- --half dev [--misses]
 *   npm run eval:privacy-nineteenth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'nineteenth', process.argv.slice(2));
