import { isClippedDictionaryWord, isDictionaryWord } from './english-dictionary.ts';
import { isHumanName } from './human-names.ts';
import { isProductWord } from './name-lexicon.ts';
import { factsOf } from './name-word-facts.ts';
import { hasPersonCueBefore, isFollowedByPastTenseVerb } from './name-cues.ts';
import { wordKind } from './name-word-kinds.ts';
import { matchesOf } from './regex-matches.ts';
import { isCompound } from './unlisted-given-names.ts';
import { isGenericTopLevelDomain } from './top-level-domains.ts';
import { lineAround } from './text-scan.ts';
import { filteredMatchesOf, startFiltered, type StartFilteredPattern } from './start-filtered-matches.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * Names in lines machines write: log fields holding a login made of a name (`user=evans.morgan`,
 * `actor=priya_raman`, `failed password for eduardo.pinto`, `"userName": "nbanerjee"`), home folders,
 * handles in a pasted review thread, passengers on a ticket, senders in a saved meeting chat, and commit metadata (`Reviewed-by: Hyun-jin
 * Kang`, `Author: Wiremu Tane <…>`).
 * A login counts when it is two or three name parts joined by `.`, `_` or `-` and one part is in the
 * names list; `user=svc-deploy` or `user=root` is an account, not a person.
 */
/** A login: a name part, then up to two more joined by `.`, `_` or `-` ("eduardo.pinto", "a.karapetyan", "tkowalczyk"). */
const LOGIN = String.raw`([A-Za-z][a-z]*(?:[._-][A-Za-z][a-z]*){0,2})(?![\w@.-])`;
/** sshd and PAM lines: "failed password for eduardo.pinto from…", "Accepted publickey for …", "invalid user ana_lima from…". */
const SSH_LOGIN = new RegExp(String.raw`\b(?:(?:password|publickey|keyboard-interactive/pam|hostbased) for(?: invalid user)?|invalid user|session (?:opened|closed) for user)[ \t]+${LOGIN}`, 'gu');
const LOGIN_FIELD = startFiltered(new RegExp(String.raw`(?<![\w.-])(?:actor|owner|author|assignee|requester)=${LOGIN}`, 'giu'));
/**
 * The account someone signed in with, as a VPN, a proxy or a directory writes it (`user=tnyathi`, `login=…`, LDAP's
 * `sAMAccountName=okaraca`, `uid=tnakashima`), and the user of `curl -u user:password`: whatever the login is made of,
 * it is a person's unless it is a service account or a word, as sshd's are (isLoggedInAccount).
 */
const SIGN_IN_FIELD = startFiltered(new RegExp(String.raw`(?<![\w.-])(?:user|username|user_name|login|uid|samaccountname|userprincipalname)=${LOGIN}`, 'giu'));
const CURL_USER = /(?<![\w-])(?:-u|--user)[ \t]+['"]?([A-Za-z][a-z]*(?:[._-][A-Za-z][a-z]*){0,2}):/gu;
/**
 * The same fields as people and tools write them in prose and event logs: "user ahmed.elsayed locked
 * out" (an identity provider's audit line), "Account Name: a.karapetyan" (a Windows event), "ssh
 * kiran@10.0.12.9". Here the login must look like a person's (see isPersonalLogin) and be written in
 * lower case, as logins are: "Bot User OAuth Token" is a label.
 */
const LOGIN_LABEL = new RegExp(String.raw`\b(?:[Uu]ser(?:name)?|[Ll]ogin|Account Name|[Aa]ccount)(?::[ \t]*|[ \t]+)['"‘’“]?([a-z]+(?:[._-][a-z]+){0,2})(?![\w@.-])`, 'gu');
/** Start-filtered (start-filtered-matches.ts): without its opening `\b` V8 looks for "ssh" directly, ten times faster. */
const SSH_TARGET = startFiltered(/\bssh[ \t]+(?:-\S+[ \t]+)*([a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,2})@/giu);
/**
 * A home folder is its owner's login: "/home/sbalakrishnan/…", "/Users/dkowalczyk/…", "C:\\Users\\afirdaus\\…" in a
 * traceback or an npm error. Any login there is a person's unless it is an account ("/home/ubuntu", "C:\\Users\\Public").
 */
const HOME_FOLDER = /(?:\/home\/|\/Users\/|[A-Za-z]:\\(?:Users|Documents and Settings)\\)([A-Za-z][\w.-]{1,30})(?=[\\/])/gu;
/**
 * Who ran what, as sudo and PAM log it: "sudo:  jsantos : TTY=pts/0 ; PWD=…", "session opened for user root(uid=0) by
 * jsantos(uid=1001)". The log puts a login there whatever it looks like, so any login that is no account counts
 * (the uid form only after "by": "worker(uid=1000) started" is a process).
 */
const SUDO_LOGIN = /\bsudo:[ \t]+([a-z_][\w.-]{0,31})[ \t]+:[ \t]+(?=[A-Z]+=)|\bby[ \t]+([a-z_][\w.-]{0,31})\(uid=\d+\)/gu;
/** The same fields as JSON and YAML carry them: `"userName": "nbanerjee"`, `owner: dkim`. */
const LOGIN_KEY = /(?:^|[\s{,])["']?(?:user|username|user_?name|userName|login|actor|owner|author|assignee|requester|reporter|created_?by|createdBy)["']?[ \t]*:[ \t]*["']?([A-Za-z][a-z]*(?:[._-][A-Za-z][a-z]*){0,2})["']?(?=[\s,}]|$)/gmu;
/**
 * The handles a team file lists beside a name (`slack: teodora`, `github: ines.c`, `twitter: '@inescosta'`),
 * judged as a login field's value is: a person's when it reads as one (`github: v3`, `slack: webhook`,
 * `handle: sigterm` are not).
 */
const HANDLE_KEY = /(?:^|[\s{,])["']?(?:slack|github|gitlab|discord|telegram|twitter|handle)["']?[ \t]*:[ \t]*["']?@?([A-Za-z][a-z\d]*(?:[._-][A-Za-z\d][a-z\d]*){0,2})["']?(?=[\s,}]|$)/gmu;
/**
 * A handle mentioned in a pasted review thread or chat ("@syoon requested changes", "cc @mwhitfield"):
 * a person's when it reads as one (a listed name, or an initial before a surname); "@here", "@types/node",
 * "@property" and "@dependabot" are not, nor a file handed to a command ("key=@stripe.txt").
 */
/**
 * A login of one to three initials and a surname, in prose ("git blame says j.okafor wrote this", "kb_lindqvist
 * touched it last month"): a person's when they do what people do — a past-tense verb after ("os.environ is empty"
 * is code), a cue or a word that hands work to someone before. The surname is no English word nor a file's or a tool's part ("np.random", "io.netty" in code).
 */
const INITIALS_HANDLE = /(?<![\w@./-])([a-z]{1,3}[._][a-z]{4,20})(?![\w@(/-]|\.\w)/gu;

function isInitialsHandle(login: string): boolean {
  const surname = login.slice(login.search(/[._]/u) + 1);
  return !isDictionaryWord(surname) && !FILE_PARTS.has(surname) && !ACCOUNT_WORDS.has(surname) && !isProductWord(surname) && !factsOf(surname).tool;
}

function isDoingWhatPeopleDo(text: string, start: number, end: number): boolean {
  const pastTense = isFollowedByPastTenseVerb(text, end) && !CODE_DOING_AFTER.test(text.slice(end, end + 24));
  return pastTense || hasPersonCueBefore(text, start) || PEOPLE_VERB_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** "blame says j.okafor", "assigned to kb_lindqvist", "by m.osei" — not "with", which takes a function as often. */
const PEOPLE_VERB_BEFORE = /(?:says|said|to|by|from|ask|ping|cc)[ \t]+$/u;
/** What code does as well as people: "cv.imread returned None", "tf.einsum crashed", "pg_dumpall failed". */
const CODE_DOING_AFTER = /^[ \t]+(?:\w+[ \t]+)?(?:returned|returns|crashed|failed|threw|raised|errored|exited|hung|timed|broke|worked|succeeded|passed|segfaulted|panicked|leaked|overflowed|produced|gave|yielded|printed|logged)\b/u;

/** Common and combined log format: host, identity, user, then the bracketed time. */
const ACCESS_LOG_USER = /^[ \t]*[\w.:-]+ (?:-|\S+) ([A-Za-z][\w.@-]{1,63}) \[\d{1,2}\/\w{3}\/\d{4}:/gmu;
/** Not after a URL's credentials ("postgresql://app:${PGPASSWORD}@billing-db.internal"): there "@" opens the host. */
const HANDLE = /(?<![\w.=}%])@([a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,2})(?![\w@/.-]|:\d)/gu;
/**
 * Who a code comment names, by convention a login: "TODO(akhanna): …", "FIXME(sofia.r)", " * @author mpetrovic".
 * A TODO's brackets also hold topics and tickets ("TODO(perf)", "TODO(JIRA-123)"), so its login must read as a
 * person's; an @author tag names a person unless the login is a word ("@author generated"). Not @owner or
 * @maintainer: they name teams as often ("@owner payments").
 */
const CODE_ATTRIBUTION = /\b(?:TODO|FIXME|XXX|HACK|NOTE|BUG|OPTIMIZE|REVIEW)\(([A-Za-z][\w.-]{0,30})\)|@author[ \t]+([a-z][\w.-]{1,30})(?![\w@.-])/gu;
/**
 * A passenger as tickets and booking systems write one, SURNAME/GIVEN: "PASSENGER: ADEBAYO/FOLAKE MS",
 * "FONSECA/MARIANA MRS". A title closing the line or a passenger label before it tells it from "LHR/LOS" or "TCP/IP".
 */
const PASSENGER = /(?<![\p{L}\d/])(\p{Lu}[\p{Lu}'’-]+\/\p{Lu}[\p{Lu}'’-]+(?: (?!(?:MR|MRS|MS|MISS|MSTR|DR|PROF)\b)\p{Lu}[\p{Lu}'’-]+)?)(?= (?:MR|MRS|MS|MISS|MSTR|DR|PROF)[ \t]*(?:\n|$))|\b(?:PASSENGER|PAX|NAME|Passenger|Name|Pax)[ \t]{0,3}:?[ \t]{0,3}(\p{Lu}[\p{Lu}'’-]+\/\p{Lu}[\p{Lu}'’-]+(?: (?!(?:MR|MRS|MS|MISS|MSTR|DR|PROF)\b)\p{Lu}[\p{Lu}'’-]+)?)(?![\p{L}/])/gu;
const PASSENGER_SLASH = /[\p{Lu}'’-]\/\p{Lu}/u;
/**
 * Who writes in a meeting's chat is a person, or the meeting's own roles and rooms and devices: "From Host to Everyone",
 * "From Waiting Room Guest", "From Lisbon Auditorium", "From iPhone". A sender is a person when each of its words is a name
 * or no English word, and none is a role, a room or a device.
 */
const NOT_A_SENDER: ReadonlySet<string> = new Set('host co-host cohost attendee attendees guest guests panelist panellist presenter moderator organizer organiser participant everyone room auditorium boardroom hall studio team desk office support bot iphone ipad android phone zoom teams'.split(' '));

function isMeetingChatPerson(sender: string): boolean {
  const words = sender.split(/[ \t]+/u);
  return words.every((word) => !NOT_A_SENDER.has(word.toLowerCase()) && (word.length <= 2 || isHumanName(word) || !isDictionaryWord(word.toLowerCase())));
}

/** A meeting chat saved from Zoom: "10:05:31 From Kenji W. to Everyone: on it", "From Aditi Bose to Me (direct message):". */
const MEETING_CHAT = /^[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?From[ \t]+(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})[ \t]+to[ \t]+(?:Everyone|Me|\p{Lu})/gmu;
const TRAILER = /^[ \t]*(?:Signed-off-by|Co-authored-by|Reviewed-by|Acked-by|Tested-by|Reported-by|Suggested-by|Approved-by|Author|Commit(?:ter)?):[ \t]*(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})/gimu;

/**
 * A login written on its own in prose or a log, given name (or its initial) and surname joined by a dot:
 * "assigned to 'ahmed.elsayed'", "# by mahlet.tesfaye", "k.mwangi at 09:02". Not a file, a host or a call
 * ("config.yaml", "react.render", "lodash.get(…)", "process.env", "java.lang", "e.target"): the first part must
 * be a listed name that is no English word, the second a listed name or no English word; after an initial,
 * both.
 */
const DOTTED_LOGIN = /(?<![\w@./-])([a-z]{2,}\.(?:[a-z]|[a-z]{3,})|[a-z]\.[a-z]{4,})(?![\w@(/-]|\.\w)/gu;

/** One letter after a dot that ends a file name or a vector's part: "lua.c", "julia.h", "main.o", "kafka.v", "max.x". */
const ONE_LETTER_EXTENSIONS: ReadonlySet<string> = new Set([...'chosamdrvxyz']);

/** Parts of service and shared accounts ("svc-deploy", "ci-runner", "build.bot"). */
const ACCOUNT_WORDS: ReadonlySet<string> = new Set(
  `svc service bot ci cd build deploy runner admin administrator root system sys test qa app api web www data job cron backup
  monitor daemon guest ubuntu centos debian fedora ec2 pi oracle postgres mysql redis nginx apache httpd git gitlab github
  jenkins docker terraform ansible dependabot renovate nobody operator support noreply shared public default user users vagrant
  node runneradmin here channel everyone`.split(/\s+/),
);

/**
 * A chat export's record of a bot's post names the bot as its user: `{"subtype":"bot_message","username":"stripe-alerts",…}`.
 * The record is the line or the braces the field stands in.
 */
const USER_KEY = /["']?(?:user|username|user_?name|userName)["']?[ \t]*:/u;
const BOT_RECORD = /["']?(?:subtype|type)["']?[ \t]*:[ \t]*["']bot_message["']|["']bot_id["'][ \t]*:/u;

function isBotsRecord(text: string, at: number): boolean {
  const opens = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('{', at));
  const closes = [text.indexOf('\n', at), text.indexOf('}', at)].filter((index) => index >= 0);
  return BOT_RECORD.test(text.slice(opens + 1, closes.length > 0 ? Math.min(...closes) : text.length));
}

export function detectMachineFieldNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  // Most messages hold none of the fields: a plain substring look first spares each pattern.
  const patterns = [
    ...(text.includes('=') ? [LOGIN_FIELD, SIGN_IN_FIELD] : []),
    ...(text.includes('-u') ? [CURL_USER] : []),
    ...(text.includes(' for') || text.includes('invalid user') ? [SSH_LOGIN] : []),
    ...(text.includes('ser') || text.includes('ogin') || text.includes('ccount') ? [LOGIN_LABEL] : []),
    ...(/ssh/i.test(text) ? [SSH_TARGET] : []),
    ...(text.includes('ser') || text.includes('ogin') || text.includes('ctor') || text.includes('wner') || text.includes('uthor') || text.includes('ssignee') || text.includes('eporter') || text.includes('equester') || text.includes('reated') ? [LOGIN_KEY] : []),
    ...(/slack|git|discord|telegram|twitter|handle/u.test(text) ? [HANDLE_KEY] : []),
  ];
  for (const pattern of patterns) {
    for (const match of loginMatches(pattern, text)) {
      const login = match[1]!;
      // The login ends the match, or stands before the "@" of "ssh kiran@host".
      // An "invalid user" has no account on the machine: a name a password-guessing bot tried.
      const field = pattern === SIGN_IN_FIELD || pattern === CURL_USER;
      const signedIn = field || (pattern === SSH_LOGIN && !match[0].includes('invalid user'));
      const person = signedIn ? isLoggedInAccount(login) && !(field && isServiceLogin(text, match.index, login)) : pattern !== SSH_LOGIN && isPersonLogin(login);
      if (person && !(pattern === LOGIN_KEY && USER_KEY.test(match[0]) && isBotsRecord(text, match.index))) found.push(personAt(match.index + match[0].lastIndexOf(login), login));
    }
  }
  // The web server's access log names the logged-in user in its third field: `81.97.204.3 - jkowalczyk [11/Feb/2026:…`.
  if (text.includes(' [')) {
    for (const match of matchesOf(ACCESS_LOG_USER, text)) {
      if (isLoggedInAccount(match[1]!)) found.push(personAt(match.index + match[0].indexOf(` ${match[1]!} [`) + 1, match[1]!));
    }
  }
  if (text.includes('/home/') || text.includes('/Users/') || text.includes(':\\')) {
    for (const match of matchesOf(HOME_FOLDER, text)) {
      if (isNamedLogin(match[1]!)) found.push(personAt(match.index + match[0].length - match[1]!.length, match[1]!));
    }
  }
  if (text.includes('sudo:') || text.includes('(uid=')) {
    for (const match of matchesOf(SUDO_LOGIN, text)) {
      const login = match[1] ?? match[2]!;
      // Past "sudo:" or "by" ("sudo:  sudo : …" is a login called sudo).
      if (isNamedLogin(login)) found.push(personAt(match.index + match[0].indexOf(login, match[1] === undefined ? 'by'.length : 'sudo:'.length), login));
    }
  }
  if (text.includes('(') || text.includes('@')) {
    for (const match of matchesOf(CODE_ATTRIBUTION, text)) {
      const login = match[1] ?? match[2]!;
      if (match[1] === undefined ? isLoggedInAccount(login) : isTodoLogin(login)) found.push(personAt(match.index + match[0].lastIndexOf(login), login));
    }
  }
  if (text.includes('@')) {
    for (const match of matchesOf(HANDLE, text)) {
      // "ends @gmail.com": a domain after the "@", not a handle.
      if (isPersonLogin(match[1]!) && !isGenericTopLevelDomain(match[1]!.split('.').pop() ?? '')) found.push(personAt(match.index + 1, match[1]!));
    }
  }
  if (text.includes('.') || text.includes('_')) {
    for (const match of matchesOf(INITIALS_HANDLE, text)) {
      const login = match[1]!;
      if (isInitialsHandle(login) && isDoingWhatPeopleDo(text, match.index, match.index + login.length)) found.push(personAt(match.index, login));
    }
  }
  if (text.includes('From ')) {
    for (const match of matchesOf(MEETING_CHAT, text)) {
      const name = match[1]!;
      if (!isMeetingChatPerson(name)) continue;
      found.push(personAt(match.index + match[0].indexOf(name, match[0].indexOf('From') + 4), name));
    }
  }
  // Every passenger name has a capital (or apostrophe, hyphen) right before the slash and a capital after it.
  if (text.includes('/') && PASSENGER_SLASH.test(text)) {
    for (const match of matchesOf(PASSENGER, text)) {
      // The labelled form consumes its label (a look-behind of any length was tried at every character).
      const name = match[1] ?? match[2]!;
      found.push(personAt(match.index + match[0].length - name.length, name));
    }
  }
  if (hasLowerDotLower(text)) {
    for (const match of matchesOf(DOTTED_LOGIN, text)) {
      const end = match.index + match[1]!.length;
      if (isDottedPersonLogin(match[1]!, isPersonContext(text, match.index, end)) || isAttributedLogin(text, match.index, match[1]!)) found.push(personAt(match.index, match[1]!));
    }
  }
  if (text.includes('-by:') || text.includes('Author:') || text.includes('Commit')) {
    for (const match of matchesOf(TRAILER, text)) {
      const name = match[1]!;
      found.push(personAt(match.index + match[0].length - name.length, name));
    }
  }
  return found;
}

function loginMatches(pattern: RegExp | StartFilteredPattern, text: string): Generator<RegExpExecArray, void, undefined> {
  return pattern instanceof RegExp ? matchesOf(pattern, text) : filteredMatchesOf(pattern, text);
}

/**
 * Whether a lower-case ASCII letter, a dot and another stand side by side somewhere, as in every
 * DOTTED_LOGIN match. Most messages have none ("done. Next"), and this loop over the dots spares the
 * pattern, whose look-behind is tried at every character.
 */
function hasLowerDotLower(text: string): boolean {
  for (let dot = text.indexOf('.', 1); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (isLowerAscii(text.charCodeAt(dot - 1)) && isLowerAscii(text.charCodeAt(dot + 1))) return true;
  }
  return false;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Joined parts, none a service word, one of them a name ("a.karapetyan": an initial and a surname no dictionary lists). */
function isNamedLogin(login: string): boolean {
  const parts = login.toLowerCase().split(/[._-]/u);
  if (parts.some((part) => ACCOUNT_WORDS.has(part))) return false;
  if (parts.length === 1) return true;
  // A part may be a name with its initial glued before it ("jbosco.ndayisenga") when no other part is a word:
  // "kibana-dashboards", "istio-ingress" are a tool and what it serves.
  const glued = (part: string) => part.length >= 5 && !isDictionaryWord(part) && isGluedName(part.slice(1)) && parts.every((other) => other === part || !isDictionaryWord(other));
  return parts.some((part) => (part.length >= 3 && isHumanName(part)) || glued(part)) || (parts[0]!.length === 1 && parts.slice(1).every((part) => part.length >= 4 && !isDictionaryWord(part)));
}

/** The name after a glued initial: listed, and no language or tool ("jruby-openssl", "ijulia-nbext" are packages). */
function isGluedName(rest: string): boolean {
  return isHumanName(rest) && !isProductWord(rest) && !factsOf(rest).tool;
}

/** A person's login: named (isNamedLogin), and either joined parts or one part that reads as a person's (isPersonalLogin). */
function isPersonLogin(login: string): boolean {
  return isNamedLogin(login) && (isJoinedLogin(login) || isPersonalLogin(login));
}

function isJoinedLogin(login: string): boolean {
  return login.includes('.') || login.includes('_') || login.includes('-');
}

/** A TODO's login: lower-case letters, a person's (isPersonLogin) or a run shaped like a name rather than a word or an acronym ("bnyambura", not "perf", "auth", "JIRA-123"). */
function isTodoLogin(login: string): boolean {
  if (!/^[a-z]+(?:[._-][a-z]+)*$/.test(login) || isClippedDictionaryWord(login)) return false;
  return isNamedLogin(login) && (isJoinedLogin(login) || isPersonalLogin(login) || (/^[a-z]{5,}$/.test(login) && wordKind(login) === 'name'));
}

/**
 * What a sign-in field holds besides people's accounts: a service's or a tool's own role ("user=airflow",
 * "user=keycloak dbname=keycloak", "-u minioadmin:minioadmin"), a connection string's role (a `dbname=` or `host=` on the
 * same line: a database role is an application's), and what the field's pattern matched without its case — the
 * pattern reads the key in any case, so it reads "NT AUTHORITY", "HTTP" and "anonymousUser" too.
 */
function isServiceLogin(text: string, at: number, login: string): boolean {
  if (login === login.toUpperCase() || /\p{Ll}\p{Lu}/u.test(login)) return true;
  const lower = login.toLowerCase();
  // A tool's own account: a tool the lexicon knows, two words joined ("airflow", "wordpress", "nextcloud"), or an
  // account word at either end ("minioadmin", "adminuser").
  // Not a surname made of two words ("carson", "robinson"): the names list has those.
  if (factsOf(login).tool || isProductWord(lower) || (isCompound(lower) && !isHumanName(lower)) || ACCOUNT_AFFIX.test(lower)) return true;
  const line = lineAround(text, at);
  return CONNECTION_STRING_KEY.test(text.slice(line.start, line.end));
}

const CONNECTION_STRING_KEY = /(?<![\w.-])(?:dbname|host|hostaddr|port|sslmode|database)=/iu;
const ACCOUNT_AFFIX = /^(?:admin|root|svc|service|system|deploy|backup)|(?:admin|user|svc|service|bot|daemon)$/u;

/**
 * sshd and PAM name the account itself, so any login there that is no service account or word is a person's
 * ("Accepted publickey for tshepo"; "@author codegen" likewise, not "@author generated").
 */
export function isLoggedInAccount(login: string): boolean {
  return isNamedLogin(login) && (isJoinedLogin(login) || isPersonalLogin(login) || !isDictionaryWord(login.toLowerCase()));
}

/**
 * A one-part login is a person's when it is a name no dictionary lists ("kiran") or an
 * initial before one ("tkowalczyk"): "user research", "login page", "account owner" are words.
 */
function isPersonalLogin(login: string): boolean {
  const lower = login.toLowerCase();
  if (lower.length < 3 || isDictionaryWord(lower)) return false;
  if (isHumanName(lower)) return true;
  const surname = lower.slice(1);
  // "hfisher", "pbaker": the surname may be a word; the login as a whole is none.
  return surname.length >= 4 && isHumanName(surname);
}

/** What follows a dot in file and module names ("hugo.toml", "travis.yml", "django.contrib", "bruno.env"). */
const FILE_PARTS: ReadonlySet<string> = new Set(
  `toml yml yaml json jsonc env conf cfg ini lock log txt csv tsv xml html htm css scss less js mjs cjs jsx ts tsx py rb go rs java kt
  swift php sql sh bash zsh ps1 bat md mdx rst tf tfvars hcl proto graphql gql png jpg jpeg gif svg pdf zip tar gz tgz contrib utils core
  config settings models views urls tests spec test local prod dev staging`.split(/\s+/),
);

/** "# by mahlet.tesfaye", "author: yaw.boateng": after a word that names who did it, a dotted login whose second part no dictionary has is a person's. */
const ATTRIBUTED_BEFORE = /(?:\bby|\bauthor:?|\bfrom|\bowner:?|\bassignee:?)[ \t]+$/iu;

function isAttributedLogin(text: string, start: number, login: string): boolean {
  const [first = '', second = ''] = login.split('.');
  // The surname part is no English word ("lodash.get", "react.render" end in a method's).
  if (isAccountOrFile(first, second) || isDictionaryWord(second)) return false;
  return ATTRIBUTED_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** What plainly means a person around a dotted login: a request before it, or what people do after it. */
const PERSON_BEFORE = /(?:^|[^\p{L}])(?:ping|pinged|ask|asked|cc|thanks|thx|tell|@)[ \t]*$/iu;
const PERSON_AFTER = /^[ \t]+(?:pinged|approved|left|reviewed|commented|said|says|asked|wrote|replied|mentioned|merged|requested|is\s+(?:on|out|off|away))\b/u;

function isPersonContext(text: string, start: number, end: number): boolean {
  return PERSON_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || PERSON_AFTER.test(text.slice(end, end + 24));
}

function isDottedPersonLogin(login: string, personContext: boolean): boolean {
  const [first = '', second = ''] = login.split('.');
  if (isAccountOrFile(first, second)) return false;
  // An initial and a surname ("k.mwangi", "r.castellanos"): the surname listed and no English word, since code
  // writes one-letter variables and their members the same way ("e.target", "s.push", "m.group").
  // Four letters at least: code's members are short ("n.val", "p.lat", "b.max", "r.res" are listed names too).
  if (first.length === 1) return second.length >= 4 && isHumanName(second) && !isDictionaryWord(second);
  if (!isHumanName(first) || isDictionaryWord(first)) return false;
  // A given name and the surname's initial ("niamh.k left a comment"): not a vector's part ("max.x") nor a
  // source or object file ("lua.c", "julia.h", "kafka.v") — those letters only where a person is plainly
  // meant ("dmitri.v pinged me", "ask priya.r").
  if (second.length === 1) return first.length >= 3 && (!ONE_LETTER_EXTENSIONS.has(second) || personContext);
  // Two letters first are a module as often as a name ("os.environ", "fs.readfile", "np.linalg"): then the second
  // part must be a listed name ("jo.kowalski").
  if (first.length === 2) return isHumanName(second);
  return isHumanName(second) || !isDictionaryWord(second);
}

/** A dotted name of an account ("build.bot") or a file or module ("hugo.toml", "django.contrib"), not a person's login. */
function isAccountOrFile(first: string, second: string): boolean {
  return ACCOUNT_WORDS.has(first) || ACCOUNT_WORDS.has(second) || FILE_PARTS.has(second);
}
