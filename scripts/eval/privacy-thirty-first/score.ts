/**
 * Scores the privacy guard on the thirty-first evaluation set ("Latin America and Iberia at work": Spanish and
 * Portuguese workplace chat naming colleagues, customers' staff and family with the colloquial article, in lower case, by
 * diminutives, nicknames and double surnames, with CPF, CURP, RUT, DNI, NIE, NIF, phones, addresses, IBANs, cards and
 * secrets; PII-free messages use the same name-words as words and name places and firms with articles, streets, saints,
 * public figures and placeholders) with the shared measure (`../privacy-set/score.ts`: caught = every letter and digit
 * inside a redacted span; altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-thirty-first -- --half dev [--misses]
 *   npm run eval:privacy-thirty-first -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'thirty-first', process.argv.slice(2));
