import { isRandomToken } from './detect-secret-assignments.ts';
import { isPlaceholderValue } from './secret-allowlist.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from './regex-matches.ts';

/**
 * Passwords on command lines: `--password=X`, `--password X`, `--token X`, mysql's glued `-pX`, and the
 * `user:pass` of curl/wget/httpie (`-u`, `--user`). Only the value is masked, never the command.
 */
const LONG_FLAG =
  /(?<![\w-])--(?:db-|admin-|root-)?(?:password|passwd|pass|pwd|token|secret|api-?key|access-key|secret-key|client-secret|auth-token|private-key)(?:=|[ \t]+)(?:"([^"\n]{1,256})"|'([^'\n]{1,256})'|([^\s"']{1,256}))/gi;
/**
 * Any other long flag named for a key, a token, a secret or auth (`--authkey`, `--ingest-token`, `--signing-secret`): its
 * value counts when it is random (`--key /etc/ssl/key.pem`, `--sort-key name`, `--auth basic` are not).
 */
const NAMED_FOR_A_SECRET_FLAG = /(?<![\w-])--([a-z][\w-]{0,40}?(?:token|key|secret|auth)[\w-]{0,20})(?:=|[ \t]+)["']?([A-Za-z0-9+/=_.~-]{16,512})(?![A-Za-z0-9+/=_.~-])/gi;
/** Flags whose key is public or names a record: `--public-key`, `--recv-keys`, `--idempotency-key`, `--cache-key`, `--partition-key`. */
const NOT_A_SECRET_FLAG = /public|recv|fingerprint|idempoten|cache|partition|sort|primary|foreign|routing|dedup|page|sync|next|cursor|continuation/i;
/** The literal "-p" comes first so the scan jumps between its occurrences; the look-behind then checks what precedes it. */
const GLUED_P = /-p(?<=(?:^|[ \t])-p)(?:"([^"\n]{1,128})"|'([^'\n]{1,128})'|([^\s"'-][^\s"']{2,127}))/gm;
/** The user may be an e-mail address: Jira's, Confluence's and Zendesk's APIs take `-u you@company.com:API_TOKEN`. */
const USER_PASS = /(?<![\w-])(?:-u|--user|-U|--basic-auth)(?:=|[ \t]+)["']?([^\s:"'@]{1,64}(?:@[\w-]+(?:\.[\w-]+)+)?):([^\s"']{1,256})/g;
const MYSQL_COMMAND = /\b(?:mysql|mysqldump|mysqladmin|mariadb|mysqlsh|mysqlimport)\b/;
/**
 * Tools whose own flag takes the password after a space: `sshpass -p X`, `redis-cli -a X`, `mongosh -p X`,
 * `sqlcmd -P X`, `ldapsearch -w X`, `zip -P X`, `keytool -storepass X -keypass Y`, openssl's `-passin pass:X`,
 * smbclient's `-U user%X`. The tool must stand as a command — at the start of a line or after a prompt, a
 * backtick, a pipe, `;`, `&&`, `sudo` or "ran"/"run" — not as another command's argument
 * (`docker run --name mongo -p 27017:27017`); every such flag after it on its line counts.
 */
const QUOTED_OR_BARE = String.raw`(?:"([^"\n]{1,128})"|'([^'\n]{1,128})'|([^\s"'|;&]{1,128}))`;
/** As QUOTED_OR_BARE, never a switch ("/persistent:yes"). */
const NOT_A_SWITCH = String.raw`(?:"([^"\n]{1,128})"|'([^'\n]{1,128})'|([^\s"'|;&/][^\s"'|;&]{0,127}))`;
const COMMAND_BEFORE = String.raw`(?:^|[\n;&|\`(]|\$ |\bsudo |\b(?:ran|run|running|tried|try|used|use|using|with|via|do|does|did) )[ \t]*`;
/** `hint`: a substring every name of the tool holds, so that most messages skip its pattern. */
const TOOL_FLAGS: ReadonlyArray<{ hint: string; tool: RegExp; flag: RegExp }> = [
  { hint: 'sshpass', tool: toolPattern('sshpass'), flag: flagPattern('-p') },
  { hint: 'redis-cli', tool: toolPattern('redis-cli'), flag: flagPattern('-a') },
  { hint: 'mongo', tool: toolPattern('mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport'), flag: flagPattern('-p') },
  { hint: 'sqlcmd', tool: toolPattern('sqlcmd'), flag: flagPattern('-P') },
  { hint: 'bcp', tool: toolPattern('bcp'), flag: flagPattern('-P') },
  { hint: 'ldap', tool: toolPattern('ldapsearch|ldapmodify|ldapadd|ldapdelete|ldappasswd|ldapwhoami'), flag: flagPattern('-w') },
  { hint: 'zip', tool: toolPattern('zip|unzip'), flag: flagPattern('-P') },
  { hint: '7z', tool: toolPattern('7z'), flag: flagPattern('-P') },
  { hint: 'keytool', tool: toolPattern('keytool'), flag: flagPattern('-(?:src|dest)?(?:store|key)pass|-new') },
  { hint: 'openssl', tool: toolPattern('openssl'), flag: new RegExp(String.raw`[ \t]-pass(?:in|out)?[ \t]+pass:${QUOTED_OR_BARE}`, 'g') },
  { hint: 'smbclient', tool: toolPattern('smbclient'), flag: new RegExp(String.raw`[ \t]-U[ \t]*["']?[^\s%"']{1,64}%${QUOTED_OR_BARE}`, 'g') },
  // lftp writes the login and the password with a comma: `lftp -u backup,X sftp://…`.
  { hint: 'lftp', tool: toolPattern('lftp'), flag: new RegExp(String.raw`[ \t]-u[ \t]+["']?[^\s,"']{1,64},${QUOTED_OR_BARE}`, 'g') },
];
/**
 * Passwords by their place: `htpasswd -b file user X` (`-nb user X` without the file), `rabbitmqctl add_user
 * name X`, Windows' `net use Z: \\server\share /user:DOMAIN\name X`.
 */
const POSITIONAL_HINTS = ['htpasswd', 'rabbitmqctl', 'net use'] as const;
const POSITIONAL: readonly RegExp[] = [
  new RegExp(String.raw`${COMMAND_BEFORE}htpasswd[ \t]+(?:-[A-Za-z]+[ \t]+)*?-[A-Za-mo-z]*b[A-Za-mo-z]*[ \t]+(?:-[A-Za-z]+[ \t]+)*\S+[ \t]+\S+[ \t]+${QUOTED_OR_BARE}`, 'gm'),
  new RegExp(String.raw`${COMMAND_BEFORE}htpasswd[ \t]+(?:-[A-Za-z]+[ \t]+)*?-[A-Za-z]*n[A-Za-z]*b[A-Za-z]*[ \t]+\S+[ \t]+${QUOTED_OR_BARE}`, 'gm'),
  new RegExp(String.raw`${COMMAND_BEFORE}htpasswd[ \t]+(?:-[A-Za-z]+[ \t]+)*?-[A-Za-z]*b[A-Za-z]*n[A-Za-z]*[ \t]+\S+[ \t]+${QUOTED_OR_BARE}`, 'gm'),
  new RegExp(String.raw`${COMMAND_BEFORE}rabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+\S+[ \t]+${QUOTED_OR_BARE}`, 'gm'),
  new RegExp(String.raw`${COMMAND_BEFORE}net[ \t]+use[ \t][^\n]*?/u(?:ser)?:\S+[ \t]+${NOT_A_SWITCH}`, 'gim'),
  // Windows' own order: the password before the switch ("net use Z: \\srv\share Pa55w0rd! /user:CORP\jdoe").
  new RegExp(String.raw`${COMMAND_BEFORE}net[ \t]+use[ \t]+(?:[A-Za-z]:|\*)[ \t]+\\\\\S+[ \t]+${NOT_A_SWITCH}[ \t]+/u(?:ser)?:`, 'gim'),
];
/** A port mapping or a word of the sentence ("unzip -P are in the docs") is no password. */
const NOT_A_PASSWORD = /^(?:\d+:\d+(?::\d+)?|[a-z]{1,4})$/;

function toolPattern(names: string): RegExp {
  return new RegExp(String.raw`${COMMAND_BEFORE}(?:${names})(?![\w.:/-])`, 'gm');
}

function flagPattern(flags: string): RegExp {
  return new RegExp(String.raw`[ \t](?:${flags})[ \t]+${QUOTED_OR_BARE}`, 'g');
}

export function detectSecretFlags(text: string): Candidate[] {
  if (!text.includes('-') && !text.includes('rabbitmqctl') && !text.includes('net use')) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(LONG_FLAG, text)) push(found, match.index, match[0], match[1] ?? match[2] ?? match[3] ?? '');
  for (const match of matchesOf(NAMED_FOR_A_SECRET_FLAG, text)) if (!NOT_A_SECRET_FLAG.test(match[1]!) && isRandomToken(match[2]!)) push(found, match.index, match[0], match[2]!);
  for (const match of matchesOf(GLUED_P, text)) {
    const value = match[1] ?? match[2] ?? match[3] ?? '';
    // `-p5432` is a port and `-plain` a word; a glued value counts on a mysql line or when it is mixed.
    if (/^\d+$/.test(value)) continue;
    if (!MYSQL_COMMAND.test(lineOf(text, match.index)) && !(/[A-Za-z]/.test(value) && /[\d\W_]/.test(value))) continue;
    push(found, match.index, match[0], value);
  }
  for (const match of matchesOf(USER_PASS, text)) push(found, match.index, match[0], match[2] ?? '');
  found.push(...toolPasswords(text));
  return found;
}

function toolPasswords(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const { hint, tool, flag } of TOOL_FLAGS) {
    if (!text.includes(hint)) continue;
    for (const command of matchesOf(tool, text)) {
      const lineEnd = text.indexOf('\n', command.index + 1);
      const from = command.index + command[0].length;
      const line = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
      for (const match of matchesOf(flag, line)) {
        const value = match[1] ?? match[2] ?? match[3] ?? '';
        if (!NOT_A_PASSWORD.test(value)) push(found, from + match.index, match[0], value);
      }
    }
  }
  if (POSITIONAL_HINTS.some((hint) => text.includes(hint))) {
    for (const pattern of POSITIONAL) {
      for (const match of matchesOf(pattern, text)) push(found, match.index, match[0], match[1] ?? match[2] ?? match[3] ?? '');
    }
  }
  return found;
}

/** The value of a match that starts at `matchStart` in the text and reads `whole`. */
function push(found: Candidate[], matchStart: number, whole: string, value: string): void {
  const trimmed = value.replace(/[.,;)]+$/, '');
  if (trimmed.length < 3 || isPlaceholderValue(trimmed) || /^\$\{?\w+\}?$/.test(trimmed)) return;
  const start = matchStart + whole.lastIndexOf(value);
  found.push({ type: 'SECRET', secretKind: 'command-line-password', start, end: start + trimmed.length, value: trimmed });
}

function lineOf(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end < 0 ? text.length : end);
}
