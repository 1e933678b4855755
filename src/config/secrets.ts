import { maskSecretsIn, maskToken } from '../mask-secrets.ts';

/** Config keys whose values are credentials: masked in every printout and error message. */
const SECRET_KEY_NAMES = new Set(['apiKey', 'botToken', 'appToken', 'signingSecret', 'token']);

export function isSecretPath(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  return typeof last === 'string' && SECRET_KEY_NAMES.has(last);
}

/** Keeps enough of a credential to recognise which one is set (`xoxb-…7f3a`), never enough to use it. */
export function maskSecret(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) return String(value);
  if (value.length <= 8) return '••••';
  return maskToken(value);
}

/** A deep copy of a config-shaped value with every secret masked. */
export function maskSecrets(value: unknown, path: (string | number)[] = []): unknown {
  if (Array.isArray(value)) return value.map((item, index) => maskSecrets(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, maskSecrets(child, [...path, key])]),
    );
  }
  if (isSecretPath(path) && value !== undefined) return maskSecret(value);
  // Credentials hide in ordinary values too: `local.host: http://user:pass@…`.
  return typeof value === 'string' ? maskSecretsIn(value) : value;
}
