/**
 * Reads the thirty-sixth privacy evaluation set ("the hubs": a ~600-person freight-forwarding and customs-brokerage
 * company whose operations and support hubs in India, the Philippines, Malaysia, Indonesia, the UAE and Pakistan paste
 * code-mixed chat — Hinglish, Tanglish, Taglish, Malay and Indonesian, Roman Urdu, Arabizi — with forms of address and
 * politeness particles, WhatsApp and Viber exports, ticket threads, call notes, shipment and customs e-mails, invoices,
 * bills of lading, KYC forms, payroll and helpdesk snippets, logs and config; the PII-free side is the same material with
 * the company's own teams, bots and systems named like people, vendors and carriers, public figures, typhoons and cyclones,
 * festivals, ports, masked values and placeholders, shipment, container and ticket numbers, and the company's own offices
 * and registration numbers): the shared set reader bound to this folder, with the same exports as the other sets' `load.ts`.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindSet } from '../privacy-set/load.ts';

export { halfOfId, startOfValue, VALUE_TYPES, type Half, type LabelledMessage, type LabelledValue, type PiiFreeMessage, type ValueType } from '../privacy-set/load.ts';

export const { SET_FOLDER, LABELLED_PATH, PII_FREE_PATH, loadLabelled, loadPiiFree } = bindSet(dirname(fileURLToPath(import.meta.url)));
