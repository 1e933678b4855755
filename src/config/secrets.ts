import { maskSecretsIn, maskToken } from '../mask-secrets.ts';

/** Config keys whose values are credentials: masked in every printout and error message. */
const SECRET_KEY_NAMES = new Set(['apiKey', 'botToken', 'appToken', 'signingSecret', 'token']);

/** A secret key's value, or anything inside it (`apiKey: [sk-…]`, `token: {value: …}`). */
export function isSecretPath(path: readonly (string | number)[]): boolean {
  return path.some((part) => typeof part === 'string' && SECRET_KEY_NAMES.has(part));
}

/** Keeps enough of a credential to recognise which one is set (`xoxb-…7f3a`), never enough to use it. */
export function maskSecret(value: unknown): string {
  if (value === undefined || value === null || value === '') return String(value);
  // A credential written as a number or inside a list (`apiKey: [sk-…]`) is still a credential.
  if (typeof value !== 'string' || value.length <= 8) return '••••';
  return maskToken(value);
}

/** A deep copy of a config-shaped value with every secret masked. */
export function maskSecrets(value: unknown, path: (string | number)[] = []): unknown {
  if (Array.isArray(value)) return value.map((item, index) => maskSecrets(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      // Map keys are written by people too (`channels: {<pasted token>: …}`).
      Object.entries(value).map(([key, child]) => [maskSecretsIn(key), maskSecrets(child, [...path, key])]),
    );
  }
  if (isSecretPath(path) && value !== undefined) return maskSecret(value);
  // Credentials hide in ordinary values too: `local.host: http://user:pass@…`.
  return typeof value === 'string' ? maskSecretsIn(value) : value;
}
