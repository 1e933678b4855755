/**
 * Scores the privacy guard on the thirty-fifth evaluation set ("the call, the meeting, the voicemail": speaker labels
 * and lower-case or mis-transcribed names in meeting transcripts, e-mails and phone numbers said aloud or written,
 * voicemail-header phones, WhatsApp senders that are phone numbers, Teams "Lastname, Firstname" lines, Slack and Discord
 * handles, addresses and postcodes, policy, customer, member, national and employee ids, dates of birth from identity
 * checks, full cards read out in digits or words, IBANs, IPs, and secrets — meeting passcodes and dial-in PINs, one-time
 * codes, security answers, passwords, door codes, API keys; PII-free messages are the same pastes with speakers as
 * "Speaker 1" or roles, placeholders, masked values, order, ticket and claim numbers, public webinars, the company's own
 * offices and role mailboxes, public figures, fictional characters, storm and product names) with the shared measure
 * (`../privacy-set/score.ts`: caught = every letter and digit inside a redacted span; altered = any redaction in a
 * PII-free message).
 *
 *   npm run eval:privacy-thirty-fifth -- --half dev [--misses]
 *   npm run eval:privacy-thirty-fifth -- --half held            (only at the end of a round)
 */
import { scorePrivacySet } from '../privacy-set/score.ts';
import { SET_FOLDER } from './load.ts';

await scorePrivacySet(SET_FOLDER, 'thirty-fifth', process.argv.slice(2));
