/**
 * Scores the privacy guard on the thirty-seventh evaluation set ("word names": casual Slack chat from a US/UK/CA/AU/IE/NZ
 * SaaS and field-services company — person names that are also English words, in lower case and Title Case, in every
 * position (openers, subjects, possessives, lists, @mentions, transcripts, e-mail headers), beside other names of many
 * origins; e-mails, phones, addresses, dates of birth, SSNs, NI, TFN, SIN, PPS, IRD, NHS and Medicare numbers,
 * passports, licences, cards, IBANs, IPs and secrets; PII-free messages that use the same words as words, public
 * figures, products, bots and places named like people) with the shared measure (`../privacy-set/score.ts`: caught =
 * every letter and digit inside a redacted span; altered = any redaction in a PII-free message).
 *
 *   npm run eval:privacy-thirty-seventh -- --half dev [--misses]
 *   npm run eval:privacy-thirty-seventh -- --half held           (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'thirty-seventh', process.argv.slice(2));
