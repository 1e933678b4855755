/**
 * The one masking function for text tandem shows, logs or stores about itself: configuration
 * printouts and errors, routing reasons, start-up notes, log lines and the ledger's reasons and
 * errors. It is not the privacy guard (that one pseudonymizes what goes to a cloud model and can be
 * undone); this one is one-way and errs towards hiding: credentials in URLs, token-shaped strings
 * and the values of secret-named parameters never come out, whatever their characters.
 */

/**
 * `scheme://userinfo@` — the userinfo is hidden whole (user names can be tokens too), up to its last
 * `@`: URL parsers accept a raw `@` in a password (`http://ops:p@ss@host`) and spaces, which they
 * percent-encode (`http://ops:pa ss@host`). After `user:` the password runs to the last `@` on its
 * line before any `/`; a user name alone never crosses a space, so ordinary text after a URL stays.
 */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)(?:[^\s@:/]{0,256}:(?:[^\s@]|[@ \t](?=[^\n/]{0,64}@)){0,256}|[^\s@]{0,256}(?:@(?=[^\s@]{0,64}@)[^\s@]{0,256}){0,8})@/gi;
/**
 * `user:password@host` with no scheme, as a base URL may be written (`ops:s3cret@proxy:8080/v1`): a word
 * opening with a letter, after a space, quote, bracket, `=` or `,` ("time 12:30@home" is no credential).
 * Both patterns are bounded: they run on every log line, and unbounded ones were quadratic on long input.
 */
const BARE_USERINFO = /(?<=^|[\s"'<>=(,;])[a-z][^\s:/@"'<>,=]{0,63}:[^\s/@"'<>]{1,128}@(?=\[|[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d+)?(?:[/\s"',;)]|$))/gi;

/** Vendor token shapes: the prefix says what it is, the rest is the credential. */
const TOKEN_SHAPES: RegExp[] = [
  /\bxox[abposr]-[A-Za-z0-9-]{8,}/g,
  /\bxapp-[A-Za-z0-9-]{8,}/g,
  /\bsk-(?:proj-|ant-(?:api|admin)\d{2}-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}/g,
  /\b(?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{20,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g,
  /\bGOCSPX-[A-Za-z0-9_-]{16,}/g,
  /\bglpat-[A-Za-z0-9_-]{16,}/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
];

/**
 * `password=…`, `api_key: …`, `?token=…`, `Authorization: Bearer …`, `sig=…`: the value goes, the
 * name stays so the reader knows what was there. Key names may carry prefixes and suffixes
 * (`DB_PASSWORD_PROD`, `ADMIN_PASS_2`, `X-Amz-Signature`); the keyword must end a word part, so
 * "passenger" or "tokens" are left alone.
 */
const SECRET_KEYWORD =
  'password|passwd|passphrase|pass|pwd|pw|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|account[_-]?key|signature|sig|credentials?|authorization|auth';
const SECRET_ASSIGNMENT = new RegExp(
  `\\b((?:[a-z0-9]+[_.-])*(?:${SECRET_KEYWORD})(?![a-z])(?:[_.-][a-z0-9]+)*)(["']?\\s*[=:]\\s*)(?:(bearer|basic|token)\\s+)?("[^"]*"|'[^']*'|[^\\s&,;'"]+)`,
  'gi',
);

const MASK = '•••';

/** Masks every credential-shaped part of `text`; text without one comes back unchanged. */
export function maskSecretsIn(text: string): string {
  let masked = text.replace(URL_USERINFO, (_match, scheme: string) => `${scheme}${MASK}@`).replace(BARE_USERINFO, `${MASK}@`);
  for (const shape of TOKEN_SHAPES) masked = masked.replace(shape, (token) => maskToken(token));
  return masked.replace(SECRET_ASSIGNMENT, (match, name: string, separator: string, scheme: string | undefined, value: string) => {
    if (value === MASK || /^(?:•••|\*+|x+|<[^>]*>|\$\{?\w+\}?)$/i.test(value)) return match;
    return `${name}${separator}${scheme ? `${scheme} ` : ''}${MASK}`;
  });
}

/** Keeps enough of a credential to recognise which one is set (`xoxb-…7f3a`), never enough to use it. */
export function maskToken(value: string): string {
  if (value.length <= 12) return MASK;
  const prefix = /^[a-z]+[-_]/i.exec(value)?.[0] ?? '';
  return `${prefix}…${value.slice(-4)}`;
}
