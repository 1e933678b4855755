/**
 * Scores the privacy guard on the thirty-fourth evaluation set ("IT help-desk and ops tickets pasted into chat": users'
 * names, temporary and leaked passwords, BitLocker keys, TOTP seeds and backup codes, phones, home addresses for
 * shipments, employee, national and tax ids, dates of birth, cards, IBANs, client IPs in logs, and secrets in configs,
 * CI logs, `.env` files, kubeconfigs, cURL calls and database URLs; PII-free messages are the same tickets with
 * placeholders, masked values, documentation examples, public keys, hashes, UUIDs, ticket and version numbers) with the
 * shared measure (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span; altered = any
 * redaction in a PII-free message).
 *
 *   npm run eval:privacy-thirty-fourth -- --half dev [--misses]
 *   npm run eval:privacy-thirty-fourth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'thirty-fourth', process.argv.slice(2));
