/**
 * Scores the privacy guard on the twentieth evaluation set (requests a ~300-person company would
 * escalate to a cloud model: labelled messages — pasted logs, configs, letters, tables, threads —
 * naming private people of many origins with their e-mails, phones, addresses, birth dates,
 * identifiers, IBANs, cards, IP addresses and secrets; PII-free messages from the same work that name
 * only firms, brands, tools, places, public figures, fictional characters and placeholders) with the
 * shared measure (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span;
 * altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-twentieth -- --half dev [--misses]
 *   npm run eval:privacy-twentieth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'twentieth', process.argv.slice(2));
