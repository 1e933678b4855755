/**
 * Scores the privacy guard on the thirty-second evaluation set ("secrets as people really paste them": workplace chat
 * pasting config files, connection strings, command lines, HTTP headers and signed URLs, webhook URLs, vendor tokens,
 * private keys, secrets in code, logs and CI output, and passwords, PINs and codes said in prose in eight languages,
 * with the e-mails, names and server IPs that sit beside them; PII-free messages use the same key names and shapes with
 * placeholders, masked keys, documentation examples, public keys, hashes and ids) with the shared measure
 * (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span; altered = any redaction in a
 * PII-free message).
 *
 *   npm run eval:privacy-thirty-second -- --half dev [--misses]
 *   npm run eval:privacy-thirty-second -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'thirty-second', process.argv.slice(2));
