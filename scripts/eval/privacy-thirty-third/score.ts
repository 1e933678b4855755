/**
 * Scores the privacy guard on the thirty-third evaluation set ("personal records pasted into requests to an AI":
 * workplace requests to draft, translate, check or reformat pasted new-hire forms, visa letters, payroll changes,
 * complaints, shipping labels, OCR dumps, spreadsheet rows, JSON, YAML, SQL and logs from two dozen countries, with
 * names, addresses in local formats, dates of birth in every format, passports, licences, national and tax IDs, phones,
 * emails, IBANs, cards, IPs and secrets; PII-free messages ask about templates, placeholders, policies, non-birth dates,
 * order/ticket/tracking numbers, regions, public figures and marked test values) with the shared measure
 * (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span; altered = any redaction in a
 * PII-free message).
 *
 *   npm run eval:privacy-thirty-third -- --half dev [--misses]
 *   npm run eval:privacy-thirty-third -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'thirty-third', process.argv.slice(2));
