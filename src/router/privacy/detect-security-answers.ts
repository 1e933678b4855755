/**
 * The answers that prove who someone is on the phone, as a call is written up: "memorable word: lighthouse", "asked memorable
 * word, caller says "lighthouse"", "mother's maiden name, it's Kowalczyk", "security answer is St Bernadette's". Whoever
 * has the answer can pass the check: it is a password in words. The value is what the label's clause says after it — a
 * quoted word, or one to four words after ":" or "is" — never a template's words ("memorable word: your first pet's name").
 */
import { matchesOf } from './regex-matches.ts';
import type { Candidate } from './types.ts';

const LABEL = String.raw`(?:memorable[ \t](?:word|answer|name|place|date|information|info)|security[ \t](?:answer|question(?:[ \t]answer)?)|secret[ \t](?:answer|question)|(?:mother['’]?s[ \t])?maiden[ \t]name|first[ \t]pet(?:['’]s[ \t]name)?|password[ \t]hint)`;
const SECURITY_ANSWER = new RegExp(
  String.raw`\b${LABEL}(?:[ \t]*[:=][ \t]*|,?[ \t]+(?:is|was|it['’]?s|=)[ \t]+|,[ \t]*it['’]?s[ \t]+|[^"“\n.?!]{0,30}?["“])["“]?([\p{L}\d][\p{L}\p{M}\d'’-]*(?:[ \t][\p{L}\p{M}\d'’-]+){0,3}?)(?=["”]|[.,;!?](?:\s|$)|[ \t]*$|[ \t]*\n|[ \t]+(?:and|but|so|then)\b)`,
  'gimu',
);
/** What opens a template's or a question's words, not an answer: "memorable word: your first pet's name", "is required". */
const NOT_AN_ANSWER = /^(?:the|a|an|your|my|his|her|their|our|not|no|none|n\/a|to|for|of|required|needed|set|missing|wrong|incorrect|correct|blank|empty|same|what|which|one|asked|question|field)\b/iu;
const LONGEST = 40;

export function detectSecurityAnswers(text: string): Candidate[] {
  if (!/memorable|security|secret|maiden|first pet|password hint/iu.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of matchesOf(SECURITY_ANSWER, text)) {
    const value = match[1]!;
    if (value.length > LONGEST || NOT_AN_ANSWER.test(value)) continue;
    const start = match.index + match[0].length - value.length;
    found.push({ type: 'SECRET', secretKind: 'assigned-secret', start, end: start + value.length, value });
  }
  return found;
}
