import { isDepartmentWord } from './department-words.ts';
import { isEnglishContentWord } from './name-word-facts.ts';
import { factsOf, type Token } from './recall-words.ts';
import { isSentenceStart } from './sentence-position.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Action items of meeting notes: "- bill to chase legal", "- summer + rich own the deck", "- [ ] joy out
 * next wk", "- @faith: send the deck", one person or two at the head of a list line, then what they will
 * do. The head words are given names the names lists hold — also those that are everyday words ("bill",
 * "rich", "summer") — not tools ("tailscale", "caddy") nor words the big list merely holds ("need",
 * "plan"). What makes them people is the shape, so two such lines at least are needed ("- mark to market
 * the book" alone says nothing).
 */
const BULLET_LINE = /(?:^|\n)[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?@?([^\n]{1,160})/gu;
const NAME = String.raw`[\p{L}][\p{L}\p{M}'’-]{1,20}`;
/** The people, joined by "+", "&", "and", "/" or a comma, then the assignment. */
const ITEM_HEAD = new RegExp(
  String.raw`^(${NAME}(?:[ \t]*(?:\+|&|/|,|and)[ \t]*@?${NAME}){0,2})(?:[ \t]*:[ \t]*\p{Ll}{2,}|[ \t]+(?:to[ \t]+\p{Ll}{2,}|will|owns?|handles?|handling|is[ \t]+on|on[ \t]+(?:leave|pto|holiday)|out|ooo|off|wfh|sick|pto|takes?|taking|leads?|leading|drives?|driving|follows?[ \t]+up|chases?|chasing))(?![\p{L}])`,
  'iu',
);
const JOINER = /[ \t]*(?:\+|&|\/|,|\band\b)[ \t]*@?/giu;
/** "ask sky if…", "ping june re…", "cc grace": a request to a listed name on a line of the same notes. */
const ASKED = new RegExp(String.raw`(?<![\p{L}])(?:ask|ping|cc|check with|sync with|remind|tell)[ \t]+(${NAME})(?![\p{L}])`, 'giu');
const MINIMUM_ITEMS = 2;

export function detectActionItems(text: string): Candidate[] {
  if (!text.includes('\n')) return [];
  const items: Candidate[] = [];
  const lines: Array<{ start: number; body: string }> = [];
  for (const line of text.matchAll(BULLET_LINE)) {
    const body = line[1]!;
    const start = line.index + line[0].length - body.length;
    lines.push({ start, body });
    const head = ITEM_HEAD.exec(body)?.[1];
    if (head === undefined) continue;
    const names = namesIn(head, start);
    if (names !== undefined) items.push(...names.map(([from, to]) => personBetween(text, from, to)));
  }
  if (new Set(items.map((item) => lineOf(text, item.start))).size < MINIMUM_ITEMS) return [];
  // Within such notes, a listed name asked something on a list line is one of the people too.
  for (const { start, body } of lines) {
    for (const asked of body.matchAll(ASKED)) {
      const name = asked[1]!;
      if (!isNameWord(name)) continue;
      const from = start + asked.index + asked[0].length - name.length;
      items.push(personBetween(text, from, from + name.length));
    }
  }
  return items;
}

/** The spans of the names in an item's head, or undefined when one of its words is no listed name. */
function namesIn(head: string, offset: number): Array<[number, number]> | undefined {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const joiner of [...head.matchAll(JOINER), { index: head.length, 0: '' }]) {
    const word = head.slice(from, joiner.index);
    if (!isNameWord(word)) return undefined;
    spans.push([offset + from, offset + joiner.index]);
    from = joiner.index + joiner[0].length;
  }
  return spans;
}

/**
 * One action item in running notes: "thandiwe to share the deck by EOD", "action: Chidinma to draft the SOW".
 * Alone, the shape says person only for a listed name that no dictionary, jargon or product list has, opening its
 * clause (after a sentence end, a colon, a semicolon or a bullet), before "to" and a verb. Tools and teams open the
 * same clauses ("kafka to replay the topic", "legal to review", "tailscale to replace the vpn").
 */
const TO_VERB_AFTER = /^[ \t]+to[ \t]+(\p{Ll}{2,})\b/u;

export function detectLoneActionItems(text: string, tokens: readonly Token[]): Candidate[] {
  if (!text.includes(' to ')) return [];
  const found: Candidate[] = [];
  for (const token of tokens) {
    if (token.kind !== 'name' || !token.facts.humanName || token.facts.tool || token.style === 'upper' || token.text.length < 3 || isDepartmentWord(token.lower)) continue;
    const verb = TO_VERB_AFTER.exec(text.slice(token.end, token.end + 24))?.[1];
    // "to share", "to draft": a content word, not grammar ("to the office", "to me" go somewhere).
    if (verb === undefined || !isEnglishContentWord(verb) || !isSentenceStart(text, token.start)) continue;
    found.push(personBetween(text, token.start, token.end));
  }
  return found;
}

function isNameWord(word: string): boolean {
  const facts = factsOf(word);
  return (facts.kind === 'maybe' || (facts.kind === 'name' && facts.humanName)) && !facts.tool && !isDepartmentWord(facts.lower);
}

function lineOf(text: string, index: number): number {
  return text.lastIndexOf('\n', index);
}
