/**
 * Scores the privacy guard on the twenty-first evaluation set (a normal week of everyday Slack and
 * Discord chat at a ~250-person company: labelled messages — quick questions, DMs, standups, incident
 * chatter, pasted snippets, bot requests — naming private people of many origins with their e-mails,
 * phones, addresses, birth dates, identifiers, IBANs, cards, IP addresses and secrets; PII-free
 * messages from the same chat that name only firms, brands, products, places, codenames, public
 * figures, fictional characters and placeholders) with the shared measure
 * (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span; altered = any
 * redaction in a PII-free message).
 *
 *   npm run eval:privacy-twenty-first -- --half dev [--misses]
 *   npm run eval:privacy-twenty-first -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'twenty-first', process.argv.slice(2));
