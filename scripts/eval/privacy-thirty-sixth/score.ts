/**
 * Scores the privacy guard on the thirty-sixth evaluation set ("the hubs": code-mixed chat from operations and support
 * hubs in South and Southeast Asia and the Gulf — names with forms of address, lower-case and single names, patronymics,
 * "bin"/"binti", "a/l", Filipino middle names, chat handles; national numbers and ids of India, the Philippines, Malaysia,
 * Indonesia, the UAE and Pakistan; addresses with barangay, taman, jalan, sector and block; IBANs, cards, IPs, secrets;
 * PII-free messages of the same shapes with the company's teams, bots and systems, vendors, public figures, storms,
 * festivals, masked values and shipment numbers) with the shared measure (`../privacy-set/score.ts`: caught = every
 * letter and digit inside a redacted span; altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-thirty-sixth -- --half dev [--misses]
 *   npm run eval:privacy-thirty-sixth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'thirty-sixth', process.argv.slice(2));
