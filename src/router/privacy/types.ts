/**
 * Shared vocabulary of the privacy guard. Public shapes are re-exported from index.ts;
 * `Candidate` is internal: detectors attach an identity so that different spellings of
 * one value ("Alice" and "Alice Johnson", "+44 20 7946 0958" and "020 7946 0958") can share a placeholder.
 */
export type EntityType =
  | 'PERSON'
  | 'EMAIL'
  | 'PHONE'
  | 'CREDIT_CARD'
  | 'IBAN'
  | 'US_SSN'
  | 'IP_ADDRESS'
  | 'ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'ID_NUMBER'
  | 'URL_CREDENTIALS'
  | 'SECRET';

export const ENTITY_TYPES: readonly EntityType[] = [
  'PERSON',
  'EMAIL',
  'PHONE',
  'CREDIT_CARD',
  'IBAN',
  'US_SSN',
  'IP_ADDRESS',
  'ADDRESS',
  'DATE_OF_BIRTH',
  'ID_NUMBER',
  'URL_CREDENTIALS',
  'SECRET',
];

export type SecretKind =
  | 'slack-token'
  | 'slack-webhook'
  | 'github-token'
  | 'gitlab-token'
  | 'npm-token'
  | 'huggingface-token'
  | 'aws-access-key-id'
  | 'aws-secret-access-key'
  | 'twilio-sid'
  | 'twilio-token'
  | 'openai-key'
  | 'anthropic-key'
  | 'stripe-key'
  | 'google-api-key'
  | 'private-key'
  | 'jwt'
  | 'bearer-token'
  | 'basic-auth'
  | 'assigned-secret'
  | 'sendgrid-key'
  | 'telegram-bot-token'
  | 'discord-bot-token'
  | 'google-oauth-secret'
  | 'signed-url-signature'
  | 'azure-account-key'
  | 'command-line-password'
  | 'password-hash';

export interface DetectedEntity {
  type: EntityType;
  /** UTF-16 offsets into the text that was scanned: `text.slice(start, end) === value`. */
  start: number;
  end: number;
  value: string;
  secretKind?: SecretKind;
}

export interface GuardOptions {
  /** Workspace member display names, e.g. from the adapter's member directory. */
  memberNames?: readonly string[];
  /** ISO 3166 regions whose national phone formats are accepted (default US, GB, DE, FR, IN). */
  regions?: readonly string[];
}

export interface Candidate extends DetectedEntity {
  /** Stable key for "the same value"; falls back to the value when absent. */
  identity?: string;
}

/** A person's name found at `start`: the one shape every name pass reports. */
export function personAt(start: number, value: string): Candidate {
  return { type: 'PERSON', start, end: start + value.length, value };
}

/** The same, for the name that runs from `start` to `end` in `text`. */
export function personBetween(text: string, start: number, end: number): Candidate {
  return personAt(start, text.slice(start, end));
}

/** An address that runs from `start` to `end` in `text`: the one shape every address pass reports. */
export function addressBetween(text: string, start: number, end: number): Candidate {
  return { type: 'ADDRESS', start, end, value: text.slice(start, end) };
}

/** Values of these types are credentials: they are masked but never put back into an answer. */
export function isRestorable(type: EntityType): boolean {
  return type !== 'SECRET' && type !== 'URL_CREDENTIALS';
}
