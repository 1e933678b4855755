/**
 * Scores the privacy guard on the thirty-eighth evaluation set ("records and credentials people paste": staff of a
 * PL/MX/ZA/VN/TR/EG/CL/JP/CA/NL logistics and payments company pasting HR exports, payroll CSVs, forms, tickets,
 * sticky-note OCR, password-manager exports and config into requests for real work — national IDs with valid
 * checksums, passports, licences, tax, health, employee, customer, policy and member numbers, dates of birth in every
 * format and calendar, passwords in many languages, vendor tokens, private keys, door / alarm / locker / OTP codes,
 * local addresses and phones, cards, IBANs, IPs, with names mixed in; PII-free messages that use the same shapes for
 * orders, shipments, SKUs, part numbers, build ids, SHAs, UUIDs, deadlines, area postcodes, company press-release
 * addresses and placeholder config) with the shared measure (`../privacy-set/score.ts`: caught = every letter and
 * digit inside a redacted span; altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-thirty-eighth -- --half dev [--misses]
 *   npm run eval:privacy-thirty-eighth -- --half held           (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'thirty-eighth', process.argv.slice(2));
