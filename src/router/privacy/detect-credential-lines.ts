import { isLoggedInAccount } from './detect-person-machine-fields.ts';
import { matchesOf } from './regex-matches.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * Lines of a credentials file pasted to ask about them: `.htpasswd` ("mkovacs:$apr1$x8Jd9s$kL0p…") and
 * `/etc/shadow` ("tshepo:$6$rounds=…$…:19800:0:99999:7:::"), quoted in chat ("> ", a backtick) or locked
 * ("!$6$…") alike. The hash is a secret — it can be cracked offline — and the login before it is a
 * person's unless it is an account or a word ("root", "www-data", "note"). Also the login `htpasswd` is
 * told to add ("htpasswd -b /etc/nginx/.htpasswd mkovacs …"), whose password the command-line pass masks.
 */
const HASH_LINE = /^[ \t>`]*([A-Za-z_][\w.-]{0,31}):([!*]?\$(?:apr1|1|2[abxy]|5|6|7|y|gy|argon2(?:id|i|d)|pbkdf2[\w-]*|scrypt)\$[^\s:]{8,}|\{S?SHA\}[A-Za-z0-9+/=]{20,})/gm;
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
  if (text.includes('htpasswd')) {
    for (const match of matchesOf(HTPASSWD, text)) {
      // With -n there is no file: the login comes first.
      const login = /n/.test(match[1]!) ? match[2] : match[3];
      if (login !== undefined && /^[a-z_][\w.-]{0,31}$/.test(login) && isLoggedInAccount(login)) found.push(personAt(match.index + match[0].lastIndexOf(login), login));
    }
  }
  return found;
}
