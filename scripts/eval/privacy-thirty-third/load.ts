/**
 * Reads the thirty-third privacy evaluation set ("personal records pasted into requests to an AI": English-language
 * workplace chat from HR, payroll, travel, recruiting, support, facilities, legal, finance and IT desks worldwide, where
 * people ask the bot to draft, translate, check or reformat something and paste the record they have — new-hire forms,
 * visa letters, payroll changes, complaints with delivery addresses, shipping labels, OCR dumps, spreadsheet rows, JSON,
 * YAML, SQL and log lines — with postal addresses in many countries' own formats, dates of birth in every format,
 * passports, licences, national and tax IDs, phones, emails, IBANs, cards, IPs and secrets; the PII-free side asks the
 * same kinds of things about templates, placeholders, policies, non-birth dates, order/ticket/tracking numbers, regions,
 * public figures and marked test values): the shared set reader bound to this folder, with the same exports as the other
 * sets' `load.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
