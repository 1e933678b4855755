import { ENTITY_TYPES, type EntityType } from './types.ts';

/**
 * The grammar of placeholders, in one place for the pseudonymizer (which issues and neutralizes them)
 * and the restorer (which finds them again in what a model wrote).
 *
 * Issued:       `<PERSON_1>`
 * Neutralized:  `PERSON#1` — what a user-typed look-alike (`<PERSON_1>`, `email_3`) is rewritten to
 *               before numbering, so nothing the user typed can ever be read back as an issued placeholder.
 */
export function formatPlaceholder(type: EntityType, number: number): string {
  return `<${type}_${number}>`;
}

/** Type names with optional markdown-escaped underscores (`IP\_ADDRESS`), longest first. */
const TYPE_SOURCE = [...ENTITY_TYPES]
  .sort((left, right) => right.length - left.length)
  .map((type) => type.replace(/_/g, '\\\\?_'))
  .join('|');
const OPEN = '(?:<|&lt;|&#0*60;|&#x0*3c;|\\\\<)';
const CLOSE = '(?:>|&gt;|&#0*62;|&#x0*3e;|\\\\>)';

/**
 * Everything a model may turn `<PERSON_1>` into: any case, HTML-escaped or markdown-escaped brackets,
 * spaces inside the brackets, brackets dropped. Groups: 1 open bracket, 2 type, 3 separator, 4 number, 5 close.
 * The neutralized form (separator `#`) is matched too, so one pass handles both.
 */
export function placeholderPattern(): RegExp {
  return new RegExp(
    `(?:(${OPEN})[ \\t]{0,2})?(?<![A-Za-z0-9_])(${TYPE_SOURCE})(\\\\?_|#)(\\d{1,6})(?![A-Za-z0-9_])(?:[ \\t]{0,2}(${CLOSE}))?`,
    'gi',
  );
}

/** User-typed look-alikes in any bracket style; only the `TYPE_N` core is rewritten, the rest is left alone. */
const LOOKALIKE_CORE = new RegExp(`(?<![A-Za-z0-9_])(${TYPE_SOURCE})(\\\\?_)(\\d{1,6})(?![A-Za-z0-9_])`, 'gi');

export function lookalikePattern(): RegExp {
  return new RegExp(LOOKALIKE_CORE.source, LOOKALIKE_CORE.flags);
}

export function normalizeType(raw: string): EntityType | undefined {
  const type = raw.replace(/\\/g, '').toUpperCase();
  return ENTITY_TYPES.find((candidate) => candidate === type);
}

const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  PERSON: 'person',
  EMAIL: 'email address',
  PHONE: 'phone number',
  CREDIT_CARD: 'card number',
  IBAN: 'IBAN',
  US_SSN: 'SSN',
  IP_ADDRESS: 'IP address',
  ADDRESS: 'address',
  DATE_OF_BIRTH: 'date of birth',
  ID_NUMBER: 'ID number',
  URL_CREDENTIALS: 'credentials',
  SECRET: 'secret',
};

/** Posted instead of a placeholder the model invented, so it never reads as somebody's name. */
export function unknownMarker(type: EntityType): string {
  return `[unknown ${TYPE_LABELS[type]}]`;
}

/** Secrets and credential URLs are never re-identified; the answer gets this instead. */
export const SECRET_REMOVED = '[secret removed]';
