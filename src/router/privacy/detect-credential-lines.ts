import { isLoggedInAccount } from './detect-person-machine-fields.ts';
import { matchesOf } from './regex-matches.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * Lines of a credentials file pasted to ask about them: `.htpasswd` ("mkovacs:$apr1$x8Jd9s$kL0p…") and
 * `/etc/shadow` ("tshepo:$6$rounds=…$…:19800:0:99999:7:::"), quoted in chat ("> ", a backtick) or locked
 * ("!$6$…") alike. The hash is a secret — it can be cracked offline — and the login before it is a
 * person's unless it is an account or a word ("root", "www-data", "note"). Also the login `htpasswd` is
 * told to add ("htpasswd -b /etc/nginx/.htpasswd mkovacs …"), whose password the command-line pass masks,
 * and a password hash of a known scheme anywhere.
 */
const HASH_LINE = /^[ \t>`]*([A-Za-z_][\w.-]{0,31}):([!*]?\$(?:apr1|1|2[abxy]|5|6|7|y|gy|argon2(?:id|i|d)|pbkdf2[\w-]*|scrypt)\$[^\s:]{8,}|\{S?SHA\}[A-Za-z0-9+/=]{20,})/gm;
/**
 * A password hash wherever it stands — a JSON field, an INSERT, a config line ("$2b$12$…", "$argon2id$v=19$…",
 * Django's "pbkdf2_sha256$…"): each scheme's exact shape and length, which nothing else has.
 */
const BARE_HASH =
  /(?<![\w$])(?:\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}|\$argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]{11,}\$[A-Za-z0-9+/]{16,}|\$(?:1|apr1)\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}|\$5\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43}|\$6\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{86}|pbkdf2_sha(?:1|256|512)\$\d+\$[A-Za-z0-9]+\$[A-Za-z0-9+/]{27,}={0,2})(?![./A-Za-z0-9])/g;
/** The command where a command starts (a line, a prompt, sudo, after ; or &&), not ".htpasswd" in a path or the word in prose; its flags may take a value ("-C 12"). */
const HTPASSWD = /(?:^|[\n;&|`]|\$ |\bsudo )[ \t]*htpasswd((?:[ \t]+-[A-Za-z]+(?:[ \t]+\d+)?)*)[ \t]+(\S+)(?:[ \t]+(\S+))?/g;

export function detectCredentialLines(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (/:[!*]?\$|:\{/.test(text)) {
    for (const match of matchesOf(HASH_LINE, text)) {
      const [line, login = '', hash = ''] = match;
      const hashStart = match.index + line.length - hash.length;
      found.push({ type: 'SECRET', secretKind: 'password-hash', start: hashStart, end: hashStart + hash.length, value: hash });
      if (isLoggedInAccount(login)) found.push(personAt(hashStart - 1 - login.length, login));
    }
  }
  if (text.includes('$')) {
    for (const match of matchesOf(BARE_HASH, text)) {
      const hash = match[0];
      if (!found.some((secret) => secret.start <= match.index && match.index < secret.end)) found.push({ type: 'SECRET', secretKind: 'password-hash', start: match.index, end: match.index + hash.length, value: hash });
    }
  }
  if (text.includes('htpasswd')) {
    for (const match of matchesOf(HTPASSWD, text)) {
      // With -n there is no file: the login comes first.
      const login = /n/.test(match[1]!) ? match[2] : match[3];
      if (login !== undefined && /^[a-z_][\w.-]{0,31}$/.test(login) && isLoggedInAccount(login)) found.push(personAt(match.index + match[0].lastIndexOf(login), login));
    }
  }
  return found;
}
