/**
 * Reads the thirty-eighth privacy evaluation set ("records and credentials people paste": a ~600-person logistics and
 * payments company with offices in Poland, Mexico, South Africa, Vietnam, Turkey, Egypt, Chile, Japan, Canada and the
 * Netherlands, whose staff ask the assistant to fix CSV imports, reformat tables, draft letters, summarise tickets,
 * debug config and translate forms, and paste the material — mostly English, lower case, typos, slang and emoji, and
 * also Polish, Spanish, Afrikaans/Zulu-flavoured English, Vietnamese, Turkish, Egyptian Arabic, Japanese and Dutch; the
 * focus is the non-name values: national IDs with valid checksums (PESEL, CURP, RFC, SA ID, CCCD, TCKN, Egyptian
 * national ID, RUT, My Number, SIN, BSN), passports, licences, tax, health and employee / customer / policy numbers in
 * CSV, TSV, psql, pandas, JSON, YAML and prose, with OCR errors; dates of birth in every format and calendar; passwords,
 * vendor tokens, keys, door, alarm, locker and OTP codes; local addresses and phones; the PII-free side uses the same
 * shapes for orders, shipments, SKUs, builds, hashes, deadlines and placeholder config): the shared set reader bound to
 * this folder, with the same exports as the other sets' `load.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
