/**
 * Reads the twenty-ninth privacy evaluation set ("the request that goes to the cloud": Slack and Discord
 * messages that staff of a ~300-person company with offices in the US, UK, Ireland, Germany, France, Spain,
 * the Netherlands, Poland, India, Nigeria, Kenya, Brazil, Mexico, the Philippines and Australia send to an AI
 * assistant bot when they want real work done — drafting and rewriting e-mails and letters about named
 * people, HR letters, summaries of pasted tickets, threads, transcripts and meeting notes, debugging pasted
 * logs, configs, .env files, shell history and connection strings, analysing pasted CSV and markdown
 * exports, travel bookings, contract and lease reviews, expenses and translations; the PII-free side is the
 * same kinds of requests and pasted material with only roles, teams, products, placeholders, hashes, ids,
 * brands and places named after people): the shared set reader bound to this folder, with the same exports
 * as the other sets' `load.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
