import { isPlaceholderValue } from './secret-allowlist.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

/**
 * Passwords on command lines: `--password=X`, `--password X`, `--token X`, mysql's glued `-pX`, and the
 * `user:pass` of curl/wget/httpie (`-u`, `--user`). Only the value is masked, never the command.
 */
const LONG_FLAG =
  /(?<![\w-])--(?:db-|admin-|root-)?(?:password|passwd|pass|pwd|token|secret|api-?key|access-key|secret-key|client-secret|auth-token|private-key)(?:=|[ \t]+)(?:"([^"\n]{1,256})"|'([^'\n]{1,256})'|([^\s"']{1,256}))/gi;
/** The literal "-p" comes first so the scan jumps between its occurrences; the look-behind then checks what precedes it. */
const GLUED_P = /-p(?<=(?:^|[ \t])-p)(?:"([^"\n]{1,128})"|'([^'\n]{1,128})'|([^\s"'-][^\s"']{2,127}))/gm;
const USER_PASS = /(?<![\w-])(?:-u|--user|-U|--basic-auth)(?:=|[ \t]+)["']?([^\s:"'@]{1,64}):([^\s"']{1,256})/g;
const MYSQL_COMMAND = /\b(?:mysql|mysqldump|mysqladmin|mariadb|mysqlsh|mysqlimport)\b/;
/**
 * Tools whose own short flag takes the password after a space, or as a word of its own: `sshpass -p X`,
 * `redis-cli -a X`, `mongosh -p X`, `sqlcmd -P X`, `ldapsearch -w X`, `zip -P X`, `keytool -storepass X`,
 * openssl's `pass:X`, smbclient's `-U user%X`, and `htpasswd -b file user X`, `rabbitmqctl add_user name X`.
 */
const QUOTED_OR_BARE = String.raw`(?:"([^"\n]{1,128})"|'([^'\n]{1,128})'|([^\s"'|;&]{1,128}))`;
const TOOL_PASSWORDS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:sshpass[ \t]+-p|redis-cli\b[^\n|;&]{0,60}?[ \t]-a|(?:mongo|mongosh|mongodump|mongorestore)\b[^\n|;&]{0,80}?[ \t]-p|sqlcmd\b[^\n|;&]{0,80}?[ \t]-P|ldap(?:search|modify|add|delete|passwd|whoami)\b[^\n|;&]{0,80}?[ \t]-w|(?:zip|unzip|7z)\b[^\n|;&]{0,40}?[ \t]-P|keytool\b[^\n|;&]{0,120}?[ \t]-(?:store|key|src|dest)(?:store)?pass)[ \t]+${QUOTED_OR_BARE}`, 'g'),
  new RegExp(String.raw`(?<![\w-])pass:${QUOTED_OR_BARE}`, 'g'),
  new RegExp(String.raw`\bsmbclient\b[^\n|;&]{0,80}?[ \t]-U[ \t]*["']?[^\s%"']{1,64}%${QUOTED_OR_BARE}`, 'g'),
  new RegExp(String.raw`\bhtpasswd[ \t]+(?:-[A-Za-z]+[ \t]+)*?-[A-Za-z]*b[A-Za-z]*[ \t]+(?:-[A-Za-z]+[ \t]+)*\S+[ \t]+\S+[ \t]+${QUOTED_OR_BARE}`, 'g'),
  new RegExp(String.raw`\brabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+\S+[ \t]+${QUOTED_OR_BARE}`, 'g'),
];

export function detectSecretFlags(text: string): Candidate[] {
  if (!text.includes('-') && !text.includes('pass:') && !text.includes('rabbitmqctl')) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(LONG_FLAG, text)) push(found, match, match[1] ?? match[2] ?? match[3] ?? '');
  for (const match of matchesOf(GLUED_P, text)) {
    const value = match[1] ?? match[2] ?? match[3] ?? '';
    // `-p5432` is a port and `-plain` a word; a glued value counts on a mysql line or when it is mixed.
    if (/^\d+$/.test(value)) continue;
    if (!MYSQL_COMMAND.test(lineOf(text, match.index)) && !(/[A-Za-z]/.test(value) && /[\d\W_]/.test(value))) continue;
    push(found, match, value);
  }
  for (const match of matchesOf(USER_PASS, text)) push(found, match, match[2] ?? '');
  for (const pattern of TOOL_PASSWORDS) {
    for (const match of matchesOf(pattern, text)) push(found, match, match[1] ?? match[2] ?? match[3] ?? '');
  }
  return found;
}

function push(found: Candidate[], match: RegExpMatchArray, value: string): void {
  const trimmed = value.replace(/[.,;)]+$/, '');
  if (trimmed.length < 3 || isPlaceholderValue(trimmed) || /^\$\{?\w+\}?$/.test(trimmed)) return;
  const start = (match.index ?? 0) + match[0].lastIndexOf(value);
  found.push({ type: 'SECRET', secretKind: 'command-line-password', start, end: start + trimmed.length, value: trimmed });
}

function lineOf(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end < 0 ? text.length : end);
}
