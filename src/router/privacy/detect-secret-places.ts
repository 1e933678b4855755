import { isRandomToken } from './detect-secret-assignments.ts';
import { matchesOf } from './regex-matches.ts';
import { isPlaceholderValue } from './secret-allowlist.ts';
import type { Candidate, SecretKind } from './types.ts';

/**
 * Secrets told by where they stand rather than by a `key=`:
 * - a `.netrc` (`machine api.mapbox.com⏎login mapbox⏎password X`, or on one line);
 * - a random value right after the word for it: "okta api token 00Uf…", "airtable pat pat…", "client_secret '…'" (not
 *   after "auth" or "init", where a commit's hash stands as often), or after what it is for and a colon ("AES key for the
 *   export files (hex): …");
 * - the password of a login call in pasted code: `server.login('noreply@…', 'qmtx vbrs lhzn ydpw')`,
 *   `ftp.login("backup", "X")`, `HTTPBasicAuth('user', 'X')` — not `connect(host, user, …)` or
 *   `passport.authenticate('local', …)`, whose second argument is something else;
 * - a random string literal handed to a call: `client.run('g7Gi…')`, `new Client("…")`;
 * - a secret setting of an XML config, the default of an environment lookup for a secret's name, a ~/.pgpass line,
 *   ODBC's braced password, recovery codes under their name, a private key's PEM block in base64;
 * - the random path segments of a webhook's URL.
 */
/** A .netrc entry: `password` opening its line, or after `login X` on the line of `machine` (or `default`). */
const NETRC_PASSWORD = /(?:^[ \t]*|\blogin[ \t]+\S+[ \t]+)password[ \t]+(\S{1,256})/gm;
const NETRC_CONTEXT = /(?:^|\n)[ \t]*(?:machine[ \t]+\S+|default\b)[\s\S]{0,200}?\blogin[ \t]+\S+/;
/**
 * The words for a key or token, also as the last part of a name ("client_secret", "add-authtoken", "api_token"), then the
 * value: right after ("token shpat_…", "client_secret '…' is not valid"), or after what it is for and a colon ("AES key for
 * the export files (hex): …", "otp secret for the shared account: …", "Unseal Key 2: …").
 */
const TOKEN_WORD = String.raw`(?:(?!(?:next|prev|previous|page|sync|continuation|cursor|pagination)[_-])[A-Za-z]+[_-])?(?:auth[ _-]?token|token|pat|personal access token|(?:api|access|secret|private|signing|encryption|aes|hmac|master|unseal|auth|admin|service|server|client|ingest|integration|management|webhook)[ _-]?key|authkey|secret|app password)`;
const WORD_THEN_TOKEN = new RegExp(
  String.raw`(?<![A-Za-z0-9_-])${TOKEN_WORD}(?:(?:[ \t]+\d{1,2}|[ \t]+(?:for|of)[ \t][^\n:=]{1,48})[ \t]*[:=][ \t]*|[ \t]+(?:is[ \t]+|=[ \t]*)?)["'\`]?([A-Za-z0-9+/=_.~-]{16,512})(?![A-Za-z0-9+/=_.~-])`,
  'gi',
);
const LOGIN_CALL = /\b(?:login|log_in|logIn|signin|sign_in|signIn|basic_auth|BasicAuth|HTTPBasicAuth)\s*\(\s*(["'])[^"'\n]{1,128}\1\s*,\s*(["'])([^"'\n]{1,128})\2/g;
/** Python writes bytes and raw strings with a letter before the quote: `Fernet(b"…")`. */
const LITERAL_ARGUMENT = /\(\s*[bBrRuU]?(["'])([A-Za-z0-9+/=_.~-]{32,512})\1\s*[,)]/g;

/** .NET appSettings and XML configs: `<add key="PayfastPassphrase" value="X" />`, `<Pass encoding="base64">X</Pass>`. */
const XML_SETTING = /<add\s+key="([^"]{1,80})"\s+value="([^"]{1,256})"/gi;
const XML_ELEMENT = /<(Pass|Password|Passwd|Passphrase|Secret|ClientSecret|ApiKey|Token|AccessToken|PrivateKey)(?:\s[^>]{0,80})?>([^<\n]{1,256})<\/\1>/gi;
/** A secret's name in a setting's key: "…Password", "…Passphrase", "…Secret", "…Token", "…ApiKey", "…PrivateKey". */
const SECRET_SETTING = /(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|private[_-]?key|signing[_-]?key|access[_-]?key|secret[_-]?key(?:[_-]base)?)$/i;
/** The default handed to an environment lookup for a secret's name: `env('DB_PASSWORD', 'X')`, `os.getenv("API_TOKEN", "X")`, `os.environ.get("SECRET_KEY", "X")`. */
const ENV_DEFAULT = /\b(?:env|getenv|environ\.get|ENV\.fetch|System\.getenv)\(\s*(["'])([A-Za-z_][\w.]{0,60})\1\s*,\s*(["'])([^"'\n]{4,256})\3\s*\)/g;
/** A ~/.pgpass line: host:port:database:user:password, a colon inside written `\:`. */
const PGPASS_LINE = /^[ \t]*[\w.*-]+:(?:\d{1,5}|\*):[\w.*-]+:[\w.*@-]+:((?:\\:|[^\s:])+)[ \t]*$/gm;
/** Only where a pgpass is meant: the file named, or PostgreSQL's port on the line ("mysql:3306:tcp:LISTEN:mysqld" is a socket list). */
const PGPASS_CONTEXT = /pgpass|:5432:/i;
/** ODBC's braced value, whose "}}" is a brace: `Pwd={gGLSM0ksv6}}FwDw};`. */
const ODBC_BRACED = /\b(?:pwd|password)=\{(?!\{)((?:\}\}|[^}\n]){1,256})\}/gi;
/** Codes printed to get back into an account, under the words for them: "recovery codes", "backup codes". */
const RECOVERY_CUE = /\b(?:recovery|backup|emergency)\s+(?:code|codes|key|kit)\b/i;
/**
 * Letters and digits in groups ("8f2k-x91m"), digits alone in four groups or more, as BitLocker's 48-digit key writes them,
 * or codes of six to ten digits listed one after another ("57151505 53199137 …", one a line, or between commas).
 */
const RECOVERY_CODE = /(?<![\w-])(?:(?=[a-z0-9-]*\d)(?=[a-z0-9-]*[a-z])[a-z0-9]{4,6}(?:-[a-z0-9]{4,6}){1,7}|\d{4,6}(?:-\d{4,6}){3,7}|\d{6,10}(?=[ \t]*[\n,;]|[ \t]+\d{6,10}(?![\w-])|[ \t]*$))(?![\w-])/gi;
/** One code, where something has already said it is one: letters and digits in groups, two groups of digits, or six to ten digits. */
const ONE_CODE = String.raw`((?=[a-z0-9-]*\d)(?=[a-z0-9-]*[a-z])[a-z0-9]{4,6}(?:-[a-z0-9]{4,6}){1,7}|\d{4,5}[- ]\d{4,5}|\d{6,10})(?![\w-])`;
/** Right after the codes' name, a code said to be them: "recovery codes are 4821-9931 and …", "backup code = 55810293". */
const SAID_OPENER = /^[ \t]*(?:(?:are|is|were)\b|=)[ \t]*/i;
const SAID_CODE = new RegExp(`^${ONE_CODE}`, 'i');
/** The next item of a list of codes, joined by a comma or "and": "55810293, 71120048, 90017724 keep them safe". */
const LISTED_CODE = new RegExp(String.raw`^[ \t]*(?:[,;]|and|&)[ \t]*${ONE_CODE}`, 'i');
/** Two groups of four digits that are years or a year and a month: "2019-2024", "2024-0515". */
const YEARS_OR_MONTH = /^(?:19|20)\d\d[- ](?:(?:19|20)\d\d|0\d\d\d|1[0-2]\d\d)$/u;
const BITLOCKER_KEY = /(?<![\d-])\d{6}(?:-\d{6}){7}(?![\d-])/g;
/** A PEM block in base64, as Kubernetes Secrets hold it: "LS0tLS1CRUdJTi…" is "-----BEGIN". */
const BASE64_PEM = /LS0tLS1CRUdJTi(?:[A-Za-z0-9+/=]|\r?\n[ \t]*(?=[A-Za-z0-9+/]))+/g;

export function detectSecretsByPlace(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes('<')) {
    for (const match of matchesOf(XML_SETTING, text)) if (SECRET_SETTING.test(match[1]!) && isSecretValue(match[1]!, match[2]!)) push(found, match.index, match[0], match[2]!, 'assigned-secret');
    for (const match of matchesOf(XML_ELEMENT, text)) {
      if (isSecretValue(match[1]!, match[2]!)) push(found, match.index, match[0].slice(0, match[0].lastIndexOf('<')), match[2]!, 'assigned-secret');
    }
  }
  // Every lookup is a call: most messages have no bracket, and skip the pattern's scan.
  if (text.includes('(')) {
    for (const match of matchesOf(ENV_DEFAULT, text)) {
      if (SECRET_SETTING.test(match[2]!) && isSecretValue(match[2]!, match[4]!)) push(found, match.index, match[0].slice(0, match[0].lastIndexOf(match[3]!)), match[4]!, 'assigned-secret');
    }
  }
  if (PGPASS_CONTEXT.test(text)) for (const match of matchesOf(PGPASS_LINE, text)) push(found, match.index, match[0], match[1]!, 'assigned-secret');
  if (text.includes('={')) for (const match of matchesOf(ODBC_BRACED, text)) push(found, match.index, match[0].slice(0, -1), match[1]!, 'assigned-secret');
  // BitLocker's recovery key is its own shape, eight groups of six digits, with or without its name.
  if (text.includes('-')) for (const match of matchesOf(BITLOCKER_KEY, text)) push(found, match.index, match[0], match[0], 'assigned-secret');
  const cue = RECOVERY_CUE.exec(text);
  if (cue !== null) found.push(...recoveryCodes(text, cue.index + cue[0].length));
  if (text.includes('LS0tLS1CRUdJTi')) for (const match of matchesOf(BASE64_PEM, text)) if (isEncodedPrivateKey(match[0])) push(found, match.index, match[0], match[0], 'private-key');
  if (text.includes('password') && NETRC_CONTEXT.test(text)) {
    for (const match of matchesOf(NETRC_PASSWORD, text)) push(found, match.index, match[0], match[1]!, 'assigned-secret');
  }
  for (const match of matchesOf(WORD_THEN_TOKEN, text)) {
    // A sentence's full stop after the token is the sentence's: "API key for the bot: xoxb-…. Mariana set it up."
    const value = match[1]!.replace(/\.+$/u, '');
    if (isRandomToken(value)) push(found, match.index, match[0].slice(0, match[0].length - (match[1]!.length - value.length)), value, 'assigned-secret');
  }
  if (SECRET_WORD.test(text) || KEY_WORD.test(text)) found.push(...randomValuesBesideSecretWords(text));
  if (/hook/i.test(text)) found.push(...webhookSecrets(text));
  if (text.includes('(')) {
    for (const match of matchesOf(LOGIN_CALL, text)) push(found, match.index, match[0], match[3]!, 'command-line-password');
    for (const match of matchesOf(LITERAL_ARGUMENT, text)) {
      if (isRandomToken(match[2]!) && shapeIsNotAHash(match[2]!)) push(found, match.index, match[0], match[2]!, 'assigned-secret');
    }
  }
  return found;
}

/**
 * The codes after their name (ending at `from`): one said to be them right after it ("… are 4821-9931"), or else those
 * after a colon on its line or on the lines below, up to a blank line; then each list's further items ("…, 90017724").
 */
function recoveryCodes(text: string, from: number): Candidate[] {
  const lineEnd = text.indexOf('\n', from);
  const line = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
  const said = SAID_OPENER.exec(line);
  const first = said === null ? null : SAID_CODE.exec(line.slice(said[0].length));
  const codes: Array<{ start: number; value: string }> = [];
  if (said !== null && first !== null && !YEARS_OR_MONTH.test(first[1]!)) codes.push({ start: from + said[0].length, value: first[1]! });
  else {
    const colon = line.indexOf(':');
    const start = colon >= 0 ? from + colon + 1 : lineEnd < 0 ? text.length : lineEnd;
    const blank = text.indexOf('\n\n', start + 1);
    const region = text.slice(start, Math.min(start + 400, blank < 0 ? text.length : blank));
    for (const match of matchesOf(RECOVERY_CODE, region)) codes.push({ start: start + match.index, value: match[0] });
  }
  const starts = new Set(codes.map((code) => code.start));
  for (let index = 0; index < codes.length; index += 1) {
    const end = codes[index]!.start + codes[index]!.value.length;
    const next = LISTED_CODE.exec(text.slice(end, end + 64));
    if (next === null || YEARS_OR_MONTH.test(next[1]!)) continue;
    const start = end + next[0].length - next[1]!.length;
    if (starts.has(start)) continue;
    starts.add(start);
    codes.push({ start, value: next[1]! });
  }
  const found: Candidate[] = [];
  for (const code of codes) push(found, code.start, code.value, code.value, 'assigned-secret');
  return found;
}

/**
 * A random value on the line of a word for a secret, wherever on it: "pasted the cloudflare global api key in
 * #general (67e8792f…)", "config/master.key has 922177da… in it", "algoliasearch('H4K9QZ2LMN', '597bd7…'); //
 * admin key". Not a value an id, a hash or a build number is said to be ("trace id 4bf92f…", "commit 9fceb02…",
 * "the hash is 5f4dcc…"), nor one inside a link.
 */
const SECRET_WORD = /\b(?:api[ _-]?keys?|secrets?|tokens?|passwords?|passwd|credentials?|private[ _-]?keys?|access[ _-]?keys?|master\.key|signing[ _-]?keys?|admin[ _-]?keys?)\b/i;
/**
 * A key, a pre-shared key or a passphrase said in a word: "VPN کی key شیئر کی ہے: 7f3kQ9xLw2RtZ8vN", "the vpn psk …
 * current one 7hL2pQw9Zk4mN1xV". The word also names keys that are no secret — an idempotency or a cache key ("--idempotency-key
 * 9f2c…", a hex digest), an encoded value ("…==") or a sort key's name — so only a generated value, capitals, small letters
 * and digits together and no words in camel case, counts beside it.
 */
const KEY_WORD = /(?<![\w-])(?:keys?|psk|pre-?shared[ _-]?key|passphrase)\b/i;
/** Words run together in camel case are an identifier's name ("CreatedAtIso8601Utc2024"), not a generated value. */
const CAMEL_WORDS = /^(?:[A-Z][a-z]+|\d+)+$/;
const GENERATED = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)/;
/** A key shown as an example is documentation's ("the key is … in the example config, replace it", "example value in docs"). */
const EXAMPLE_LINE = /\b(?:example|sample|placeholder|dummy|replace (?:it|this|with))\b/i;
/** Sixteen characters or more: a VPN's pre-shared key or a generated password is often just that ("7hL2pQw9Zk4mN1xV"). */
const RANDOM_RUN = /(?<![\w./:@=-])[A-Za-z0-9_-]{16,200}(?![\w/.:@-])/g;
/** Beside the words that name a secret outright, twenty characters or more, as before the key words joined. */
const NAMED_SHORTEST = 20;
/** A public key and a key's fingerprint are made to be shared ("my wg public key for the peer list: s5hg…=", "fingerprint is SHA256:IvDq…"). */
const SHARED_KEY_LINE = /\b(?:public[ _-]?key|pub[ _-]?key|fingerprint)\b|SHA256:/i;
const PRIVATE_WORD = /\b(?:secret|password|passphrase|token|psk|private[ _-]?key|credentials?|pass)\b/i;
const SAID_TO_BE_AN_ID = /\b(?:id|ids|commit|commits|sha\d*|md5|hash|checksum|digest|etag|uuid|build|run|trace|span|request|order|ticket|version|revision|rev|hex|fingerprint)(?:\s+(?:is|was|of|=))?\W{0,3}$/i;

function randomValuesBesideSecretWords(text: string): Candidate[] {
  const found: Candidate[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const named = SECRET_WORD.test(line);
    if ((named || KEY_WORD.test(line)) && !(SHARED_KEY_LINE.test(line) && !PRIVATE_WORD.test(line))) {
      for (const match of matchesOf(RANDOM_RUN, line)) {
        if (!isRandomToken(match[0]) || SAID_TO_BE_AN_ID.test(line.slice(Math.max(0, match.index - 16), match.index))) continue;
        if (named ? match[0].length < NAMED_SHORTEST : !GENERATED.test(match[0]) || CAMEL_WORDS.test(match[0]) || line[match.index + match[0].length] === '=' || EXAMPLE_LINE.test(line)) continue;
        push(found, lineStart + match.index, match[0], match[0], 'assigned-secret');
      }
    }
    lineStart += line.length + 1;
  }
  return found;
}

/**
 * A webhook's URL carries its secret in the path: Discord's "/api/webhooks/<id>/<token>", Teams' "/IncomingWebhook/<hex>/…",
 * any service's "/hooks/<token>". In a link whose host or path says so, each random path segment is a secret; ids, UUIDs
 * and words are not.
 */
const WEBHOOK_URL = /https?:\/\/[^\s"'<>]*?hook[^\s"'<>]*/gi;
const PATH_SEGMENT = /[^/@?&=#]+/g;
/** A webhook's link: "hook" in its host ("hooks.slack.com", "…webhook.office.com"), or a path segment that is the word ("/api/webhooks/"). */
const HOOK_HOST = /^https?:\/\/[^/]*hook/i;
const HOOK_SEGMENT = /\/(?:web)?hooks?(?:\/|$)|\/incomingwebhook\//i;

function webhookSecrets(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const url of matchesOf(WEBHOOK_URL, text)) {
    const pathStart = url[0].indexOf('/', url[0].indexOf('//') + 2);
    // "github.com/pre-commit/pre-commit-hooks/commit/9f86d08…" holds the word in a repository's name, not a hook's path.
    if (pathStart < 0 || !(HOOK_HOST.test(url[0]) || HOOK_SEGMENT.test(url[0].slice(pathStart)))) continue;
    for (const segment of matchesOf(PATH_SEGMENT, url[0].slice(pathStart))) {
      if (!isRandomToken(segment[0])) continue;
      const start = url.index + pathStart + segment.index;
      found.push({ type: 'SECRET', secretKind: 'assigned-secret', start, end: start + segment[0].length, value: segment[0] });
    }
  }
  return found;
}

/** A hex digest handed to a call (`verify('e3b0c442…')`) is a checksum: mixed case or other letters say key. */
function shapeIsNotAHash(value: string): boolean {
  return !/^[0-9a-f]+$/i.test(value);
}

/**
 * What a secret's setting holds when it holds one: for a password, a word with no spaces that is not a
 * placeholder, a path, a link or a template ("#{Octopus.Db.Password}", "$(SecretFromKeyVault)", "ref:vault/…");
 * for a token, key or secret, a random value ("Refresh", "NextToken", "/etc/ssl/private/server.key" are not).
 */
function isSecretValue(name: string, value: string): boolean {
  if (/\s/u.test(value) || TEMPLATE_OR_PATH.test(value) || isPlaceholderValue(value)) return false;
  return /pass|pwd/i.test(name) ? !/^\d+$/u.test(value) && value.length >= 4 : isRandomToken(value);
}

const TEMPLATE_OR_PATH = /^(?:[#$%]\{|\$\(|\{\{|ref:|vault:|secret:|https?:\/\/|[~/.]|[A-Za-z]:\\)/u;

/** Only a private key's block: a certificate or a public key in base64 is public. */
function isEncodedPrivateKey(value: string): boolean {
  return /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(Buffer.from(value.replace(/\s+/gu, '').slice(0, 80), 'base64').toString('latin1'));
}

function push(found: Candidate[], matchStart: number, whole: string, value: string, secretKind: SecretKind): void {
  if (value.length < 4 || isPlaceholderValue(value)) return;
  const start = matchStart + whole.lastIndexOf(value);
  found.push({ type: 'SECRET', secretKind, start, end: start + value.length, value });
}
