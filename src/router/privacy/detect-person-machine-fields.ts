import { isHumanName } from './human-names.ts';
import { matchesOf } from './regex-matches.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * Names in lines machines write: log fields holding a login made of a name (`user=evans.morgan`,
 * `actor=priya_raman`, `failed password for eduardo.pinto`) and commit metadata (`Reviewed-by: Hyun-jin
 * Kang`, `Author: Wiremu Tane <…>`).
 * A login counts when it is two or three name parts joined by `.`, `_` or `-` and one part is in the
 * names list; `user=svc-deploy` or `user=root` is an account, not a person.
 */
/** sshd and PAM lines: "failed password for eduardo.pinto from…", "invalid user ana_lima from…". */
const SSH_LOGIN = /\b(?:password for(?: invalid user)?|invalid user|session opened for user|session closed for user)[ \t]+([A-Za-z][a-z]+(?:[._-][A-Za-z][a-z]+){1,2})(?![\w@.-])/gu;
const LOGIN_FIELD = /(?<![\w.-])(?:user|username|user_name|login|actor|owner|author|assignee|requester|uid)=([A-Za-z][a-z]+(?:[._-][A-Za-z][a-z]+){1,2})(?![\w@.-])/giu;
const TRAILER = /^[ \t]*(?:Signed-off-by|Co-authored-by|Reviewed-by|Acked-by|Tested-by|Reported-by|Suggested-by|Approved-by|Author|Commit(?:ter)?):[ \t]*(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})/gimu;

/** Parts of service and shared accounts ("svc-deploy", "ci-runner", "build.bot"). */
const ACCOUNT_WORDS: ReadonlySet<string> = new Set('svc service bot ci cd build deploy runner admin root system sys test qa app api web job cron backup monitor daemon guest'.split(' '));

export function detectMachineFieldNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  const logins = [
    ...(text.includes('=') ? matchesOf(LOGIN_FIELD, text) : []),
    ...(text.includes('password for') || text.includes('invalid user') || text.includes('for user') ? matchesOf(SSH_LOGIN, text) : []),
  ];
  for (const match of logins) {
    const login = match[1]!;
    const parts = login.toLowerCase().split(/[._-]/u);
    if (!parts.some((part) => ACCOUNT_WORDS.has(part)) && parts.some((part) => part.length >= 3 && isHumanName(part))) found.push(personAt(match.index + match[0].length - login.length, login));
  }
  if (text.includes('-by:') || text.includes('Author:') || text.includes('Commit')) {
    for (const match of matchesOf(TRAILER, text)) {
      const name = match[1]!;
      found.push(personAt(match.index + match[0].length - name.length, name));
    }
  }
  return found;
}
