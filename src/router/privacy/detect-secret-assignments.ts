import { isDictionaryWord } from './english-dictionary.ts';
import { isRandomEnough, shannonEntropy } from './entropy.ts';
import { isPlaceholderValue } from './secret-allowlist.ts';
import type { Candidate, SecretKind } from './types.ts';
import { nextKeyValueOperator } from './text-scan.ts';
import { matchesOf } from './regex-matches.ts';
import { filteredMatchesOf, startFiltered } from './start-filtered-matches.ts';

/**
 * `key = value`, `key: value`, `"key": "value"`, `key => value`. The key is any identifier; whether it names a
 * secret is decided afterwards, which keeps the pattern a plain left-to-right scan.
 */
const ASSIGNMENT =
  /(?<![A-Za-z0-9_.$-])(["']?)([A-Za-z_][A-Za-z0-9_.-]{0,80})\1[ \t]{0,8}(?::=|=>|=|:)[ \t]{0,8}(?:"([^"\r\n]{1,512})"|'([^'\r\n]{1,512})'|`([^`\r\n]{1,512})`|([^\s"'`,;)}\]]{1,512}))/g;
/**
 * Key names that hold secrets, with the prefixes and suffixes people add (`DB_PASSWORD_PROD`, `ADMIN_PASS_2`,
 * `SECRET_KEY_BASE`, `X-Amz-Signature`, SAS `sig`, Azure `AccountKey`).
 */
const SECRET_KEY =
  /(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|access[_-]?key|account[_-]?key|secret[_-]?key|client[_-]?secret|private[_-]?key|auth[_-]?key|credentials?|signature|(?:^|[_.-])pass|^pw|^sig)(?:[_.-](?:prod|production|prd|dev|development|staging|stage|stg|test|qa|uat|live|base|old|new|main|primary|secondary|backup|local|default|v?\d{1,3}))*$/i;
/**
 * A password key in camelCase, whose first part names what signs in: `dbPass`, `smtpPwd`, `adminPasswd`, `mailUserPass` —
 * not `renderPass`, `lintPass`, `firstPass`, `lastPass` (a graphics, a compiler's, a loop's pass).
 */
const CAMEL_PASSWORD_KEY = /(?:^|[a-z])(?:db|Db|smtp|Smtp|admin|Admin|user|User|root|Root|mail|Mail|ftp|Ftp|ssh|Ssh|vpn|Vpn|wifi|Wifi|login|Login|master|Master|proxy|Proxy|store|Store|key|Key|account|Account|redis|Redis|ldap|Ldap|sql|Sql)(?:Pass|Passwd|Pwd)$/;
/** AWS's secret access key, whose value is random by definition (and may start with "/"). */
const AWS_SECRET_KEY = /aws_?secret_?access_?key/i;
const PASSWORD_KEY = /(?:password|passwd|passphrase|pwd|pass|^pw)(?:[_.-][a-z0-9]{1,10})*$/i;
/**
 * Any other key that ends in "key" (`DD_APP_KEY`, `LINEAR_KEY`, `jwtSigningKey`, `masterKey`), a registry's
 * `"auth"`, OpenWeather's `appid`, a session cookie (`sessionid=…`, `PHPSESSID=…`, `connect.sid=…`, `_shop_session=…`): a secret when its value is random, since `SORT_KEY`,
 * `cache_key`, `s3_key` and `auth: basic` hold words, ids and paths. Erlang's `erlangCookie` is a shared secret too.
 */
const ANY_KEY = /(?:key|cookie|^auth|^appid|(?:^|[_.-])(?:sessionid|session_id|session|sess|sid)|^phpsessid|^jsessionid|^remember_token)(?:[_.-](?:prod|production|prd|dev|development|staging|stage|stg|test|qa|uat|live|old|new|main|primary|secondary|backup|local|default|v?\d{1,3}))*$/i;
/** Keys that are public by design or name a record, not a secret: `publicKey`, `RECAPTCHA_SITE_KEY`, `idempotency_key`, `s3_key`. */
const PUBLIC_OR_RECORD_KEY = /(?:public|publishable|site|idempotency|cache|sort|partition|primary|foreign|object|s3|row|shard|dedup|lookup|hash|map|group|index|order)[_.-]?key/i;
/** A fallback written inside a placeholder is a literal: `${DB_PASS:Xy7!pQ3rT9}` (Spring), `${DB_PASSWORD:-hunter22}` (shell). */
const PLACEHOLDER_DEFAULT = /^\$\{[A-Za-z_][\w.-]*:-?([^}\s"']{1,256})\}?$/;
/** The fallback in quotes, which ends the bare value at its quote: `password=${DB_PASS:-"S3cr3t!x9"}`. */
const QUOTED_DEFAULT = /^\$\{[A-Za-z_][\w.-]*:-?(["'])([^"'\n]{1,256})\1\}/;
/** Words after "password" that make it something else: "password manager is 1Password8", "password field is now type=password". */
const NOT_A_PASSWORD_AFTER = String.raw`(?:manager|policy|field|reset|rules?|length|strength|hint|prompt|requirements?|expiry|hash|regex|column|input|form|page|link|type|protected|less|change|changes)`;
/**
 * Password in Arabic ("الباسورد", "كلمة السر", "كلمة المرور", "الرقم السري"), Persian ("رمز عبور", "رمز ورود", "پسورد"), Urdu
 * ("پاس ورڈ"), Hebrew ("סיסמה", "הסיסמא"), Hindi ("पासवर्ड"), Bengali ("পাসওয়ার্ড"), Russian, Ukrainian and Bulgarian
 * ("пароль", "пароля", "парола"), Greek ("κωδικός", "συνθηματικό"), Georgian ("პაროლი"), Armenian ("գաղտնաբառ") and Thai
 * ("รหัสผ่าน"), the article joined where the language joins it.
 */
const PASSWORD_WORDS_IN_SCRIPTS = String.raw`(?:ال)?باسوو?رد|(?:ال)?رمز[ \t]+(?:ال)?سري|كلمة[ \t]+(?:ال)?(?:سر|مرور)|(?:ال)?رقم[ \t]+(?:ال)?سري|رمز[ \t]+(?:عبور|ورود)|پسورد|پاسورد|پاس[ \t\u200c]?ورڈ|ה?סיסמ[הא]|पासवर्ड|পাসওয়ার্ড|[Пп]арол(?:ь|я|ем|а|и)|[Κκ]ωδικός|[Σσ]υνθηματικό|პაროლი|գաղտնաբառ|รหัสผ่าน|パスワード|暗証番号|密码|密碼|비밀번호|m[ậa]t[ \t]+kh[ẩa]u`;
/**
 * The words that mean nothing but a password take any of the verbs; "pass", "pin", "pw", "psk" also mean a
 * boarding pass, a compiler pass, a GPIO pin or pinning a version, so only with a colon or "=" ("admin pass
 * for the grafana box: X"), "pw is", or whose pass before "pass is" (see pushSpoken).
 */
export const FULL_PASSWORD_WORD = String.raw`(?:password|passwd|passphrase|passcode|pwd|mdp|snmp[ \t-]community(?:[ \t]string)?|community[ \t]string|contraseña|contrasena|senha|passwort|kennwort|mot de passe|wachtwoord|hasło|haslo|şifre|sifre|parola|salasana|adgangskode|lösenord|losenord|${PASSWORD_WORDS_IN_SCRIPTS})`;
const SHORT_PASSWORD_WORD = String.raw`(?:pass|pin|pw|psk)`;
/**
 * The verbs that say what a password is, in the languages of the words above: "is", "was", "is now", "set to", "reset
 * to", "changed to"; "es"; "é", "mudou para"; "ist", "lautet", "(zurück)gesetzt auf", "geändert auf";
 * "est", "c'est", "était"; "è"; "jest", "to"; "er"; "är"; and the scripts' "هو", "هي", "היא", "הוא", "است", "هست".
 */
/**
 * The verbs that are no word of what the password is for; "to" is also a destination's ("the password to the staging box"),
 * and the lazy words before the verb pass over it.
 */
const VERB_NO_WORD_IS = String.raw`(?:is|was|es|é|ist|est|er|är|jest|là|هو|هي|היא|הוא|است|هست)`;
const SAYS_WHAT_IT_IS = String.raw`(?:is now|is[ \t]+(?:gereset|veranderd|gewijzigd)[ \t]+(?:naar|in)|is|was|set to|reset to|changed to|to|es|é|mudou para|ist|lautet|(?:zurückgesetzt|gesetzt|geändert)[ \t]+auf|(?:gereset|veranderd|gewijzigd)[ \t]+(?:naar|in)|c['’]est|est|était|è|jest|er|är|là|هو|هي|היא|הוא|است|هست)`;
/**
 * A password said in a sentence: "password is X", "reset ur vpn password to X", "new admin pass for the grafana
 * box: X", "the guest wifi pw is X", "ansible vault pass is X", in other languages ("la contraseña … es X", "a senha
 * é X", "das Passwort ist X", "le mot de passe est X"). Up to eight words may name whose it is before the verb
 * ("the wifi pw for the guest network at the offsite venue is X").
 */
const SPOKEN_PASSWORD = new RegExp(
  String.raw`(?<![<\p{L}\d_.-])(?:(${FULL_PASSWORD_WORD})|${SHORT_PASSWORD_WORD})(?![ \t]+${NOT_A_PASSWORD_AFTER}\b)(?:[ \t]+(?!${VERB_NO_WORD_IS}(?![\p{L}\d]))[(\p{L}\d_.-][\p{L}\d_.()-]*){0,8}?(?:[ \t]+${SAYS_WHAT_IT_IS}[ \t]+|[ \t]*[:=][ \t]*)["'“]?([^\s"'”]{6,64})`,
  'giu',
);
/** Its opening look-behind is tried at every character; the password words find where to try it (start-filtered-matches.ts). */
const SPOKEN_PASSWORD_STARTS = startFiltered(SPOKEN_PASSWORD);
const PASSWORD_HINT = /pass|pw|psk|pin|communit|mdp|contrase|senha|kennw|wachtw|has[lł]o|[sş]ifre|parola|salasana|adgangs|l[öo]senord|باسو|كلمة|سري|رمز|پسورد|پاسورد|پاس|סיסמ|पासवर्ड|পাসওয়ার্ড|парол|κωδικ|συνθηματ|პაროლ|գաղտնաբառ|รหัสผ่าน|パスワード|暗証番号|密码|密碼|비밀번호|m[ậa]t[ \t]+kh[ẩa]u/i;
/** After a password was said, another one in the same breath: "…, the staff one is X", "and the admin one: X". */
const SECOND_PASSWORD = /\b(?:the|and the)[ \t]+[\p{L}\d_-]+[ \t]+one[ \t]+(?:is[ \t]+|:[ \t]*)["'“]?([^\s"'”]{6,64})/giu;
const BEARER = /\b(?:Bearer|Token)\s+([A-Za-z0-9._~+/-]{16,}=*)/g;
const BASIC = /\bBasic\s+([A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])/g;
const CODE_REFERENCE =
  /^(?:process\.env|os\.environ|env\.|getenv|secrets\.|vars\.|config\.|settings\.|self\.|this\.|ctx\.|req\.|request\.)|^[\w.$]+\(|^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$|^[A-Z_]+$/;
/** Type annotations in pasted code: `password: string`, `token: Optional[str]`. */
const TYPE_NAME = /^(?:string|number|boolean|bytes|str|int|any|unknown|object|text|varchar|secretstr|optional\[str\]|option<string>)\??$/i;
const NOT_A_VALUE = /^(?:\d{1,7}|[/~.]{1,2}\/.*|\/.*|[A-Za-z]:\\.*|https?:\/\/.*)$/;

export function detectSecretAssignments(text: string): Candidate[] {
  return [...detectKeyValuePairs(text), ...detectKeyedArguments(text), ...detectNamedValues(text), ...detectSpokenPasswords(text), ...detectAuthorizationHeaders(text)];
}

/**
 * An environment variable written as a name and a value, as Kubernetes, ECS and Compose list them: `- name: SMTP_PASSWORD`
 * then `value: "…"` on the next line, or `{"name": "DB_PASSWORD", "value": "…"}`. The key is the name's value, and the
 * secret is judged as an assignment's is (isSecretOfKey).
 */
const YAML_NAMED_VALUE = /^[ \t]*(?:-[ \t]+)?name:[ \t]*["']?([A-Za-z_][\w.-]{0,80})["']?[ \t]*\r?\n[ \t]*value:[ \t]*(?:"([^"\r\n]{1,512})"|'([^'\r\n]{1,512})'|([^\s"'#][^\r\n#]{0,511}?))[ \t]*$/gmu;
const JSON_NAMED_VALUE = /"name"[ \t]*:[ \t]*"([A-Za-z_][\w.-]{0,80})"[ \t]*,\s*"value"[ \t]*:[ \t]*"([^"\r\n]{1,512})"/gu;

function detectNamedValues(text: string): Candidate[] {
  if (!text.includes('value')) return [];
  const found: Candidate[] = [];
  for (const pattern of [YAML_NAMED_VALUE, JSON_NAMED_VALUE]) {
    for (const match of matchesOf(pattern, text)) {
      const value = match[2] ?? match[3] ?? match[4]!;
      if (!isSecretOfKey(match[1]!, value)) continue;
      const start = match.index + match[0].lastIndexOf(value);
      found.push({ type: 'SECRET', secretKind: 'assigned-secret', start, end: start + value.length, value });
    }
  }
  return found;
}

/**
 * A quoted key and its quoted value as a call's first two arguments, or a quoted key's subscript assigned: PHP's
 * `define('DB_PASSWORD', '…')`, Java's `props.put("db.password", "…")`, Ruby's `ENV.fetch('STRIPE_SECRET', '…')`,
 * Python's `os.environ['API_KEY'] = '…'`. The key opens an argument list or a subscript.
 */
const KEYED_ARGUMENT =
  /(?<=[([{,][ \t]*)(["'])([A-Za-z_][A-Za-z0-9_.-]{0,80})\1(?:[ \t]*,[ \t]*|\][ \t]*=[ \t]*)(?:"([^"\r\n]{1,512})"|'([^'\r\n]{1,512})')/g;
/** Its opening look-behind is tried at every character; the quoted key finds where to try it (start-filtered-matches.ts). */
const KEYED_ARGUMENT_STARTS = startFiltered(KEYED_ARGUMENT);
const QUOTE_THEN_SEPARATOR = /["'](?:[ \t]*,|\][ \t]*=)/;
const LABEL_VALUE = /^[\p{L}\p{M} ]+$/u;

function detectKeyedArguments(text: string): Candidate[] {
  if (!QUOTE_THEN_SEPARATOR.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of filteredMatchesOf(KEYED_ARGUMENT_STARTS, text)) {
    const key = match[2]!;
    const value = match[3] ?? match[4]!;
    // Translations and form fields take the same shape with a label for the value: `t('password', 'Mot de passe')`,
    // `$lang['password'] = 'Passwort'`, `addField('password', 'PasswordInput')`. A label is letters and spaces only.
    if (LABEL_VALUE.test(value) || !isSecretOfKey(key, value)) continue;
    const start = match.index + match[0].length - value.length - 1;
    found.push({ type: 'SECRET', secretKind: AWS_SECRET_KEY.test(key) ? 'aws-secret-access-key' : 'assigned-secret', start, end: start + value.length, value });
  }
  return found;
}

/** Whether `value`, written as the value of `key`, is a secret: a key that names one and a value that can be one (see detectKeyValuePairs). */
function isSecretOfKey(key: string, value: string): boolean {
  if (namesASecret(key)) return looksLikeSecretValue(value, PASSWORD_KEY.test(key), AWS_SECRET_KEY.test(key));
  if (!ANY_KEY.test(key) || PUBLIC_OR_RECORD_KEY.test(key)) return false;
  return isRandomToken(value.replace(ENCODING_PREFIX, '')) || (SESSION_KEY.test(key) && holdsRandomRun(value));
}

function namesASecret(key: string): boolean {
  return SECRET_KEY.test(key) || CAMEL_PASSWORD_KEY.test(key);
}

/**
 * A session cookie's value is often signed or encoded around its random part: express's "s%3A<id>.<signature>", Rails'
 * "<base64>--<hex>" with %2F for "/". Decoded, a random run of 16 characters or more inside it makes it a secret.
 */
const SESSION_KEY = /(?:^|[_.-])(?:session|sess|sid|sessionid|session_id)$|^(?:phpsessid|jsessionid)$/i;
const RANDOM_PART = /[A-Za-z0-9+/_-]{16,}/g;

function holdsRandomRun(value: string): boolean {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // A stray "%" is no encoding: the value is read as written.
  }
  return [...decoded.matchAll(RANDOM_PART)].some(([run]) => isRandomToken(run));
}

function detectKeyValuePairs(text: string): Candidate[] {
  const found: Candidate[] = [];
  let from = 0;
  for (let match = nextAssignment(text, from); match !== undefined; match = nextAssignment(text, from)) {
    from = match.index + match[0].length;
    const key = match[2] ?? '';
    const quoted = match[3] ?? match[4] ?? match[5];
    // In a URL's query string ("?lon=-0.12&appid=7e3a…&lang=en") the value ends at the next parameter.
    const inQuery = quoted === undefined && (text[match.index - 1] === '?' || text[match.index - 1] === '&');
    const typed = quoted ?? match[6] ?? '';
    const valueStart = match.index + match[0].length - typed.length - (quoted === undefined ? 0 : 1);
    const raw = inQuery ? typed.split('&')[0]! : typed;
    // The next parameter is read on its own: "…&secret=…" may hold a secret too.
    if (inQuery && raw.length < typed.length) from = valueStart + raw.length;
    const anyKey = !namesASecret(key) && ANY_KEY.test(key) && !PUBLIC_OR_RECORD_KEY.test(key);
    if (!namesASecret(key) && !anyKey) {
      // `config: "password": "…"` — the value of a non-secret key may itself be the next key; rescan from it.
      from = valueStart - (quoted === undefined ? 0 : 1);
      continue;
    }
    // `scheme://user-token:password@host` is URL userinfo, not an assignment; the URL detector owns it.
    if (text.slice(Math.max(0, match.index - 3), match.index) === '://') continue;
    const awsSecret = AWS_SECRET_KEY.test(key);
    const written = quoted === undefined ? extendToLineEnd(text, match.index, valueStart, raw) : raw;
    const quotedFallback = quoted === undefined ? QUOTED_DEFAULT.exec(text.slice(valueStart, valueStart + 300)) : null;
    const fallback = quotedFallback?.[2] ?? PLACEHOLDER_DEFAULT.exec(written)?.[1];
    const value = fallback ?? written;
    const start = quotedFallback !== null && quotedFallback !== undefined ? valueStart + quotedFallback[0].indexOf(quotedFallback[2]!, 3) : fallback === undefined ? valueStart : valueStart + written.indexOf(fallback, 2);
    // Laravel's APP_KEY and others write their encoding first: "base64:AIpt…".
    if (!isSecretOfKey(key, value)) {
      // Not a secret itself, the value may hold assignments that are: "Cookie: sessionid=…; theme=dark".
      from = valueStart - (quoted === undefined ? 0 : 1);
      continue;
    }
    const secretKind: SecretKind = awsSecret ? 'aws-secret-access-key' : 'assigned-secret';
    found.push({ type: 'SECRET', secretKind, start, end: start + value.length, value });
  }
  return found;
}

const ASSIGNMENT_AT = new RegExp(ASSIGNMENT.source, 'y');
/** Quote, key of up to 81 characters, quote and up to 8 spaces or tabs: the most that stands before the operator. */
const LONGEST_KEY = 91;

/**
 * The first ASSIGNMENT match at or after `from`, as a global search from there finds it. A key holds no
 * `:` or `=`, so every match ends its key at the next `:` or `=` after its start; for each operator in
 * turn, the pattern is tried at the one place a key for it can start.
 */
function nextAssignment(text: string, from: number): RegExpExecArray | undefined {
  let cursor = from;
  for (let operator = nextKeyValueOperator(text, cursor); operator >= 0; operator = nextKeyValueOperator(text, cursor)) {
    const start = keyStartBefore(text, operator);
    if (start >= Math.max(cursor, operator - LONGEST_KEY)) {
      ASSIGNMENT_AT.lastIndex = start;
      const match = ASSIGNMENT_AT.exec(text);
      if (match !== null) return match;
    }
    cursor = operator + 1;
  }
  return undefined;
}

/**
 * Where a key that ends at `operator` must start (-1 if none can): read backwards over up to 8 spaces or
 * tabs, an optional closing quote and the run of key characters; the key opens at the start of that run
 * (or at its matching opening quote). A start inside the run would follow a key character, which the
 * pattern's look-behind rejects, so the run's start is the only candidate.
 */
function keyStartBefore(text: string, operator: number): number {
  let end = operator;
  while (end > 0 && operator - end < 8 && isSpaceOrTab(text.charCodeAt(end - 1))) end -= 1;
  const closing = text.charCodeAt(end - 1);
  const quoted = closing === 34 || closing === 39;
  const keyEnd = quoted ? end - 1 : end;
  let start = keyEnd;
  while (start > 0 && isKeyCharacter(text.charCodeAt(start - 1))) start -= 1;
  if (start === keyEnd || !mayStartKey(text.charCodeAt(start))) return -1;
  if (!quoted) return start;
  return text.charCodeAt(start - 1) === closing ? start - 1 : -1;
}

/** `[A-Za-z0-9_.-]`: the characters of a key. */
function isKeyCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 46 || code === 45;
}

/** A letter or `_`: what a key's first character can be. */
function mayStartKey(code: number): boolean {
  return code === 95 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

/**
 * In a YAML line (`db_password: correct horse battery`) a plain value may contain spaces; take the short
 * rest of the line. Everywhere else (`.env`, shell, prose) an unquoted value stops at the first space.
 */
function extendToLineEnd(text: string, keyStart: number, valueStart: number, raw: string): string {
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const yamlLine = /^\s*(?:-\s+)?["']?$/.test(text.slice(lineStart, keyStart)) && /:\s*$/.test(text.slice(keyStart, valueStart));
  let value = raw;
  if (yamlLine) {
    const lineEnd = text.indexOf('\n', valueStart);
    const rest = text.slice(valueStart, lineEnd < 0 ? text.length : lineEnd).replace(/\s+#.*$/, '').trimEnd();
    if (rest.length <= 64) value = rest;
  }
  return value.replace(/[.,]+$/, '');
}

/**
 * A reference in code (`config.db.password`, `process.env.X`), not a value — unless its last dotted part is random: tokens
 * are dotted too ("dp.st.prd.vK8pNITH3kl8…").
 */
function isCodeReference(value: string): boolean {
  return CODE_REFERENCE.test(value) && !isRandomToken(value.slice(value.lastIndexOf('.') + 1));
}

function looksLikeSecretValue(value: string, passwordKey: boolean, randomByDefinition = false): boolean {
  if (isPlaceholderValue(value) || (!passwordKey && isPublishableKey(value)) || isCodeReference(value) || TYPE_NAME.test(value)) return false;
  const entropy = shannonEntropy(value);
  // AWS secrets may start with `/`; anything random enough is not a file path.
  if (NOT_A_VALUE.test(value) && !(randomByDefinition && entropy >= 4)) return false;
  // A password is a secret however weak it is; tokens and keys are random, so demand randomness.
  return passwordKey ? value.length >= 6 && entropy >= 2 : value.length >= 10 && entropy >= 3;
}

const TOKEN_SHAPED = /^[A-Za-z0-9+/=_.~-]{16,512}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Random the way keys and tokens are: one run of token characters, letters and digits, and either both cases,
 * hex of 32 or more, or a long lower-case run with few vowels; not a UUID (a record's id), a chain address, a
 * publishable key, an identifier or path spelled in words, nor base64 of plain text.
 */
export function isRandomToken(value: string): boolean {
  if (!TOKEN_SHAPED.test(value) || PUBLISHABLE.test(value) || UUID.test(value) || CHAIN_ADDRESS.test(value) || isPlaceholderValue(value)) return false;
  const body = keyBody(value);
  if (body.length < 16 || !/\d/.test(body) || !/[A-Za-z]/.test(body)) return false;
  const mixedCase = /[a-z]/.test(body) && /[A-Z]/.test(body);
  const hex = /^[0-9a-f]{32,}$/i.test(body);
  // Session ids and some vendors' keys are long runs of lower-case letters and digits ("vqbesq4tvtbnndwlx0jm…"); words
  // run together have more vowels ("nightlybackup2024": two fifths of the letters, random letters a quarter).
  const lowerRun = /^[a-z0-9]{24,}$/.test(body) && isRandomEnough(body, 4) && vowelShare(body) <= 0.3;
  // TOTP seeds and some vendors' keys are base32: capitals and the digits 2–7 ("JBSWY3DPEHPK3PXP…").
  const base32 = /^[A-Z2-7]{16,}={0,6}$/.test(body);
  return (mixedCase || hex || lowerRun || base32) && isRandomEnough(body, 3.5) && !isMostlyWords(body) && !isEncodedText(body);
}

/**
 * A vendor's lower-case prefix before a key's random body ("shpat_", "sk-or-v1-", "dp.st.prd.", "tskey-auth-") and a
 * data centre's suffix after it ("…-us13"): the body alone is judged, or a lower-case prefix would hide a random hex body.
 * A prefix on a UUID is a record's ("req-…", "job-…"); the vendors whose keys are so have their own rules.
 */
const VENDOR_PREFIX = /^[a-z]{2,10}(?:[_.-][a-z0-9]{1,6}){0,3}[_.-](?=[A-Za-z0-9]{8})/;
const REGION_SUFFIX = /-[a-z]{2,3}\d{1,2}$/;

function keyBody(value: string): string {
  return value.replace(VENDOR_PREFIX, '').replace(REGION_SUFFIX, '');
}

const ENCODING_PREFIX = /^(?:base64|hex):/;
/** Keys made to be published: Stripe's publishable keys, Mapbox's public tokens. */
const PUBLISHABLE = /^(?:pk_(?:live|test)_|pk\.eyJ)/;

export function isPublishableKey(value: string): boolean {
  return PUBLISHABLE.test(value);
}
/** Of the letters, the share that are vowels: a fifth in random letters, two fifths in words run together ("nightlybackup2024"). */
function vowelShare(value: string): number {
  const letters = value.replace(/[^a-z]/gi, '');
  return letters.length === 0 ? 0 : (letters.match(/[aeiouy]/gi)?.length ?? 0) / letters.length;
}

/** A public blockchain address ("0x742d35Cc…", mixed case by its checksum): anyone may see it. */
const CHAIN_ADDRESS = /^0x[0-9a-f]{40}$/i;
const WORD_PART = /[A-Z]?[a-z]{3,}/g;

/**
 * Identifiers and paths spelled in words ("handleUserProfileUpdateV2Callback", "AzureAdB2CSignInPolicy2024",
 * "./src/components/UserProfileCard2.tsx"): half their letters or more in English words of three letters or more.
 */
export function isMostlyWords(value: string): boolean {
  let inWords = 0;
  for (const [part] of value.matchAll(WORD_PART)) if (isDictionaryWord(part.toLowerCase())) inWords += part.length;
  // Digits alone are no words: a truncated token's "959207455612-0850852867973-".
  const letters = value.replace(/[^A-Za-z]/g, '').length;
  return letters > 0 && inWords * 2 >= letters;
}

/** Base64 of plain text ("SGVsbG8gV29ybGQh…" is "Hello World!…") or of JSON: a message encoded, not a key. */
function isEncodedText(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  // Readable text, or readable JSON ("eyJ0aGVtZSI6…" is `{"theme":…`); JSON holding credentials is detectEncodedCredentials'.
  return /^[\x20-\x7e\n\t]+$/.test(decoded) && (decoded.includes(' ') || /^[[{]"?/.test(decoded));
}

function detectSpokenPasswords(text: string): Candidate[] {
  const found: Candidate[] = [];
  // The words for a password are rare: one plain pattern settles most messages before the full one runs.
  if (!PASSWORD_HINT.test(text)) return found;
  for (const match of filteredMatchesOf(SPOKEN_PASSWORD_STARTS, text)) pushSpoken(found, match, match[1] !== undefined);
  if (found.length === 0) return found;
  // Another one said right after, on the same line: "…is X btw, the staff one is Y" — not a version or an image ("the latest one is v2.3.1").
  const said = found.length;
  for (const first of found.slice(0, said)) {
    const lineEnd = text.indexOf('\n', first.end);
    const after = text.slice(first.end, Math.min(first.end + 80, lineEnd < 0 ? text.length : lineEnd));
    for (const match of matchesOf(SECOND_PASSWORD, after)) {
      if (VERSION_OR_IMAGE.test(match[1] ?? '')) continue;
      pushSpoken(found, { ...match, index: first.end + match.index } as RegExpExecArray);
    }
  }
  return found;
}

/** A pattern quoted after "password policy regex:" is a pattern: "^(?=.*[a-z])…". */
const REGEX_SHAPED = /\(\?[=!:<]|^\^.*[[\\].*\$$/;

/** Whose pass it is, right before "pass is X": "vault pass is X", "wifi pass is X" — not a boarding pass or a compiler's. */
const ACCOUNT_BEFORE = /(?:^|[^\p{L}])(?:vault|admin|root|wifi|wi-fi|db|database|sudo|vpn|ssh|s?ftp|smtp|mail|email|user|account|login|guest|staff|server|router|app|portal|laptop|keystore|truststore|zip|pdf|ansible|jenkins|grafana|kibana)[ \t]+$/iu;
/** "pw is X", "o pw do wifi é X", "pass: X", "pin=X": what the short words need. */
const SHORT_WORD_VERB = new RegExp(String.raw`^(?:pw|pwd)\b[\s\S]*?[ \t]${SAYS_WHAT_IT_IS}[ \t]|[:=]`, 'iu');
/** Letters and hyphens only: "pre-shared", "read-only" are words. */
const WORDS_AND_HYPHENS = /^[\p{L}-]+$/u;
const VERSION_OR_IMAGE = /\d\.\d|[:/@]/u;
/** "pin" before what is pinned: "pin the commit: …", "pin it to …", "please pin this: …". */
const PIN_THE_VERB = /^pin[ \t]+(?:the|a|an|it|this|that|these|those|our|your|my|to|down)\b/iu;

/** A said password mixes letters with digits or signs, or is long and random ("RrPiajIWPvNs"); "is ready", "was changed" are words. */
function pushSpoken(found: Candidate[], match: RegExpExecArray, fullWord = true): void {
  // A short word ("pass", "pin", "pw") takes a colon or "=", or "is" for "pw"; a full one any verb.
  if (!fullWord && !SHORT_WORD_VERB.test(match[0]) && !(ACCOUNT_BEFORE.test(match.input.slice(Math.max(0, match.index - 16), match.index)) && /^\S+[ \t]+is[ \t]/iu.test(match[0]))) return;
  const raw = match[2] ?? match[1] ?? '';
  // "pin" is also a verb, of versions and images ("pin the base image by digest: node:20-alpine@sha256:…").
  if (!fullWord && /^pin\b/iu.test(match[0]) && (VERSION_OR_IMAGE.test(raw) || PIN_THE_VERB.test(match[0]))) return;
  // A sentence's comma or full stop right after the value is the sentence's.
  const value = raw.replace(/[.,;]$/u, '');
  const mixed = /[A-Za-z]/.test(value) && /[\d\W_]/.test(value);
  const random = (/[a-z]/.test(value) && /[A-Z]/.test(value) && value.length >= 10 && !isDictionaryWord(value.toLowerCase())) || isGeneratedInGroups(value);
  if ((!mixed && !random) || (!random && WORDS_AND_HYPHENS.test(value)) || REGEX_SHAPED.test(value) || !looksLikeSecretValue(value, true)) return;
  const start = match.index + match[0].length - raw.length;
  found.push({ type: 'SECRET', secretKind: 'assigned-secret', start, end: start + value.length, value });
}

/** A password a service generates in groups of letters, none a word: Apple's app-specific "jhqa-vtdm-lwxb-gupi". */
function isGeneratedInGroups(value: string): boolean {
  return /^[a-z]{4}(?:-[a-z]{4}){3}$/.test(value) && value.split('-').every((group) => !isDictionaryWord(group));
}

function detectAuthorizationHeaders(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(BEARER, text)) {
    const value = match[1] ?? '';
    if (isPlaceholderValue(value) || shannonEntropy(value) < 3) continue;
    const start = match.index + match[0].length - value.length;
    found.push({ type: 'SECRET', secretKind: 'bearer-token', start, end: start + value.length, value });
  }
  for (const match of matchesOf(BASIC, text)) {
    const value = match[1] ?? '';
    const decoded = Buffer.from(value, 'base64').toString('latin1');
    if (!/^[\x20-\x7e]+:[\x20-\x7e]*$/.test(decoded)) continue;
    const start = match.index + match[0].length - value.length;
    found.push({ type: 'SECRET', secretKind: 'basic-auth', start, end: start + value.length, value });
  }
  return found;
}
