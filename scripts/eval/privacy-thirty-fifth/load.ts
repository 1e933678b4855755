/**
 * Reads the thirty-fifth privacy evaluation set ("the call, the meeting, the voicemail": people at a ~400-person
 * travel-insurance company paste auto-generated meeting transcripts in Zoom, Teams, Google Meet, WebVTT, Otter,
 * Fireflies and Gong styles, support and sales call transcripts in which customers read out e-mails, phone numbers,
 * addresses, policy and customer numbers, cards, dates of birth, one-time codes and security answers, voicemail
 * transcriptions, WhatsApp, Slack-export, Discord, Teams-chat and Zoom-chat pastes, interview debriefs, 1:1 notes,
 * standup digests and calendar invites with meeting passcodes — in English with Spanish, Portuguese, German, French,
 * Polish, Hindi-English, Tagalog-English, Japanese and Korean; the PII-free side is the same material with speakers as
 * "Speaker 1" or roles, placeholders, masked and recorder-redacted values, order, booking, ticket and claim numbers,
 * public webinars, the company's own offices and role mailboxes, public figures, fictional characters, storm names and
 * product names): the shared set reader bound to this folder, with the same exports as the other sets' `load.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
