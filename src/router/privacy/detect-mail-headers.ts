import { CHAT_OPS_WORDS } from './chat-ops-words.ts';
import { isDepartmentWord } from './department-words.ts';
import { isNoReplyAddress } from './detect-email.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { functionWordLanguages } from './function-words.ts';
import { isHumanName } from './human-names.ts';
import { isOrgOrPlaceWord, isProductWord } from './name-lexicon.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Who a pasted e-mail is from and to, as mail clients write it: the display name before an address in
 * angle brackets ("On Wed, Mar 11, 2026 at 8:40 AM, xiomara quispe huamán <xquispeh@pucp.edu.pe> wrote:",
 * "From: Tane Wiremu <tw@corp.example>", "كتب عمر عبد الرحمن <omar@…>"), and the people a header block
 * names without an address ("From: IT Service Desk⏎To: Wiremu Tane⏎Subject: …"). A display name is a
 * person's when one of its words is no English word, product or team word (the other passes read "Rose Hill"): a
 * mailbox of a service ("GitHub <noreply@github.com>", "Service Client <…>", "IT Service Desk") is nobody's.
 * Written in lower case and in any script, as people and phones write them.
 */

/** An address in angle brackets, with a dot in its domain (not a host's "<svc-backup@db-replica-2>"), and the display name before it on its line, back to the last delimiter. */
const ANGLE_ADDRESS = /<[^\s<>@]+@[^\s<>@]+\.[^\s<>@.]+>/gu;
const ANGLE_ADDRESS_IN = new RegExp(ANGLE_ADDRESS.source, 'u');
const NAME_BEFORE = /(?:^|[\n:;,،>])[ \t]*(?:"([^"\n]{1,60})"|([^\n:;,،<>"]{1,60}?))[ \t]*$/u;
/** Arabic and Hebrew say "wrote" before the sender: "كتب عمر …", "כתבה נועה …". */
const WROTE_BEFORE = /^(?:كتب|كتبت|כתב|כתבה)[ \t]+/u;

/** Header labels of mail clients in the languages people paste from; the block needs two of them. */
const HEADER_LABEL =
  /^[ \t>]*(from|to|cc|bcc|reply-to|sender|subject|sent|date|de|para|asunto|enviado|à|a|objet|envoyé|an|von|betreff|gesendet|da|oggetto|inviato|aan|van|onderwerp|verzonden|från|till|ämne|skickat|od|do|temat|wysłano|kimden|kime|konu)[ \t]*:[ \t]*(.*)$/gimu;
/** The labels whose values are people. */
const PEOPLE_LABELS: ReadonlySet<string> = new Set(['from', 'to', 'cc', 'bcc', 'reply-to', 'sender', 'de', 'para', 'à', 'a', 'an', 'von', 'da', 'aan', 'van', 'från', 'till', 'od', 'do', 'kimden', 'kime']);
/** The labels only a mail header has ("Subject", "Betreff"…): one of them makes "To:", "De :", "A:" header lines. */
const MAIL_ONLY_LABELS: ReadonlySet<string> = new Set(['subject', 'sent', 'asunto', 'enviado', 'objet', 'envoyé', 'betreff', 'gesendet', 'oggetto', 'inviato', 'onderwerp', 'verzonden', 'ämne', 'skickat', 'temat', 'wysłano', 'konu', 'reply-to', 'bcc']);
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
const MOST_WORDS = 5;
/** Letters, marks, apostrophes, dots, hyphens and spaces only. */
const NAME_LETTERS = /^[\p{L}\p{M}'’. -]+$/u;
/** Words that say a mailbox belongs to a service or a group. */
const SERVICE_WORDS: ReadonlySet<string> = new Set(['noreply', 'no-reply', 'donotreply', 'do-not-reply', 'reply', 'notifications', 'info', 'hello', 'billing', 'sales', 'security', 'postmaster', 'abuse', 'jobs', 'careers', 'news', 'newsletter', 'notification', 'bot', 'team', 'support', 'desk', 'helpdesk', 'service', 'services', 'admin', 'automation', 'alerts', 'mailer', 'daemon', 'svc', 'cron', 'root', 'inc', 'ltd', 'llc', 'gmbh', 'corp']);

export function detectMailHeaderNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (text.includes('<')) for (const match of text.matchAll(ANGLE_ADDRESS)) if (!isServiceMailbox(match[0])) pushDisplayName(text, match.index, found);
  if (text.includes(':')) found.push(...headerBlockNames(text));
  return found;
}

function pushDisplayName(text: string, addressStart: number, found: Candidate[]): void {
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, addressStart - 80), addressStart));
  const raw = before?.[1] ?? before?.[2];
  if (raw === undefined) return;
  const lineStart = addressStart - before![0].length;
  let start = lineStart + before![0].indexOf(raw);
  let value = raw;
  const wrote = WROTE_BEFORE.exec(value);
  if (wrote !== null) {
    start += wrote[0].length;
    value = value.slice(wrote[0].length);
  }
  const trimmed = value.trim();
  start += value.indexOf(trimmed);
  if (isPersonsName(trimmed)) found.push(personBetween(text, start, start + trimmed.length));
}

/** The people of a header block's From/To/Cc lines, each between commas or semicolons, without their addresses. */
function headerBlockNames(text: string): Candidate[] {
  const lines = [...text.matchAll(HEADER_LABEL)];
  if (lines.length < 2 || !lines.some((line) => MAIL_ONLY_LABELS.has(line[1]!.toLowerCase()) || ANGLE_ADDRESS_IN.test(line[2]!))) return [];
  const found: Candidate[] = [];
  for (const line of lines) {
    if (!PEOPLE_LABELS.has(line[1]!.toLowerCase())) continue;
    const valueStart = line.index + line[0].length - line[2]!.length;
    for (const item of line[2]!.matchAll(/[^,;]+/gu)) {
      const address = ANGLE_ADDRESS_IN.exec(item[0])?.[0];
      if (address !== undefined && isServiceMailbox(address)) continue;
      const withoutAddress = item[0].replace(/<[^<>]*>|\([^()]*\)|["“”]/gu, (removed) => ' '.repeat(removed.length));
      const value = withoutAddress.trim();
      // Without an address beside it, a header names a person by a name the lists hold, in no language's words: not
      // "Recursos Humanos", "Alle Mitarbeiter", "Backend Oncall", "Postgres".
      if (!isPersonsName(value, address === undefined)) continue;
      const start = valueStart + item.index + withoutAddress.indexOf(value);
      found.push(personBetween(text, start, start + value.length));
    }
  }
  return found;
}

/** "<noreply@github.com>", "<support@github.com>", "<notifications@…>": a service writes from it, whatever its display name ("sarah.jenkins@" is Sarah's). */
function isServiceMailbox(address: string): boolean {
  const bare = address.slice(1, -1);
  return isNoReplyAddress(bare) || SERVICE_WORDS.has(bare.slice(0, bare.indexOf('@')).toLowerCase());
}

/**
 * One to five words of letters (no "@", digit or "#": "Ticket 4471", "support-tier2", "#eng" are no names), one of
 * them a word no dictionary, product or team word list holds; none a service's word. `listed`: also a name the
 * lists hold among them, and no word of any language's grammar nor a place or firm the lexicon knows.
 */
function isPersonsName(value: string, listed = false): boolean {
  if (!NAME_LETTERS.test(value)) return false;
  const words = value.match(WORD) ?? [];
  if (words.length === 0 || words.length > MOST_WORDS || words.some((word) => SERVICE_WORDS.has(word.toLowerCase())) || !words.some(isNameWord)) return false;
  return !listed || (words.some((word) => word.length >= 3 && isHumanName(word) && !isDictionaryWord(word.toLowerCase())) && words.every((word) => functionWordLanguages(word.toLowerCase()).length === 0 && !isOrgOrPlaceWord(word.toLowerCase())));
}

function isNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (CHAT_OPS_WORDS.has(lower) || isProductWord(lower) || isDepartmentWord(lower)) return false;
  return !isDictionaryWord(lower);
}
