/**
 * Scores the privacy guard on the twenty-ninth evaluation set ("the request that goes to the cloud": work
 * requests to an AI assistant bot — drafting, HR letters, summaries of pasted threads and transcripts,
 * debugging pasted logs and configs with credentials, CSV exports, travel, contracts, expenses and
 * translations — naming private people and carrying their contact details, addresses, dates of birth,
 * national ids, cards, IBANs, IP addresses and secrets; PII-free messages are the same requests and pasted
 * shapes with roles, placeholders, hashes, ids, brands and places only) with the shared measure
 * (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span; altered = any
 * redaction in a PII-free message).
 *
 *   npm run eval:privacy-twenty-ninth -- --half dev [--misses]
 *   npm run eval:privacy-twenty-ninth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'twenty-ninth', process.argv.slice(2));
