/**
 * What a line of chat is doing — deciding, committing, asking, agreeing, doubting — read from the
 * words people type in work chat (lowercase, apostrophes dropped, "ill"/"im", "pls", "+1", emoji).
 * Each cue is a class of phrasings, never one thread's sentence.
 */

/** A message split into clauses: commitments, decisions and questions often share one message. */
export function clauses(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=\S)|;\s+|\s+[-–—]\s+|\s+\d\)\s+|^\d\)\s+/)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0);
}

/** Content words, for overlap and "is this substantive?" checks. */
const STOPWORDS = new Set(
  "a an and are as at be but by can could do does for from had has have i if in is it its it's me my no not of on or our so that the their them then there this to up was we what when which who will with would you your yes ok okay pls please thanks thank ty lol just like also really yeah yep".split(' '),
);

export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? []).filter((word) => word.length > 1 && !STOPWORDS.has(word));
}

const AGREEMENT = /^(\+1|agree[d]?|same|yes|yep|yeah|yup|ya|sure|ok(ay)?|k|sgtm|lgtm|works( for me)?|fine( by me| with me)?|sounds good|makes sense|fair|love (it|that)|do it|go|for|approved|confirmed|perfect|great|nice|good call|good idea|i can live with that|(👍|👌|✅|🙏|🎉|💯|:\+1:|:thumbsup:|:white_check_mark:)+)\b/iu;

/** A short reply that agrees with what came before ("+1", "works", "👍", "fine by me"). */
/** "do it", "do that", "go for it", "ship it": a go-ahead whose decision is the proposal before it. */
export function isGoAhead(text: string): boolean {
  const trimmed = text.trim().toLowerCase();
  return trimmed.split(/\s+/).length <= 6 && /^((ok(ay)?|yes|yep|yeah|sure)[\s,.!]+)?(do (it|that)|go for it|go ahead|ship it|let'?s do (it|that)|go now)\b/.test(trimmed);
}

const AGREEMENT_WORDS = new Set(['agree', 'agreed', 'same', 'sure', 'sgtm', 'lgtm', 'works', 'fine', 'sounds', 'good', 'makes', 'sense', 'fair', 'love', 'go', 'approved', 'confirmed', 'perfect', 'great', 'nice', 'call', 'idea', 'me', 'by', 'for']);

/** Starts like agreement and adds little: "+1", "works for me", "agree w oscar", "👍". "ok thats a big one" is not. */
export function isAgreement(text: string): boolean {
  const trimmed = text.trim().toLowerCase();
  if (trimmed.split(/\s+/).length > 8) return false;
  if (!(AGREEMENT.test(trimmed) || /^(👍|👌|✅|🙏|💯|:\+1:|:thumbsup:)/u.test(trimmed) || /^\+1\b/.test(trimmed))) return false;
  return contentWords(trimmed).filter((word) => !AGREEMENT_WORDS.has(word)).length <= 2;
}

const DOUBT = /\b(not sure|unsure|no idea|idk|dunno|don'?t know|do not know|no answer yet|hard to say|good q(uestion)?|let'?s (not decide|discuss|see|ask|revisit|take (this|it) offline|park)|depends (on|how)|it depends|not decide|tbd|to be decided|no decision|unclear|hopefully|need(s)? (more digging|to check)|would need to check|i'?ll (find out|ask)|i don'?t know yet|not yet known)\b/i;

/** A reply that leaves the question open ("not sure", "no idea", "let's discuss at the demo"). */
export function expressesDoubt(text: string): boolean {
  return DOUBT.test(text);
}

const QUESTION_START = /^(@?[\w.-]+[,:]?\s+)?(who|what|whats|what's|when|where|why|how|which|is|are|was|were|do|does|did|can|could|should|shall|will|would|has|have|any|anyone|anybody)\b/i;

/** "last open thing is whether…", "still undecided": an open point stated, not asked. */
export const OPEN_POINT = /\b(open (question|thing|item|point|issue)s?|still (open|undecided|unclear|tbd)|to be decided|tbd)\b/i;

export function isQuestion(clause: string): boolean {
  const text = clause.trim();
  if (/\?\s*\W*$/u.test(text) || /\?{2,}/.test(text)) return true;
  // "do we need a second tank or" — a question trailing off.
  if (QUESTION_START.test(text) && /\bor$/i.test(text)) return true;
  return QUESTION_START.test(text) && !/[.!]$/.test(text) && text.split(/\s+/).length >= 4 && /\?/.test(text);
}

/** "can you / could you / pls" addressed to someone: an assignment, not an open question. */
export const REQUEST = /\b(can|could|would) you\b|\b(pls|please)\b|\byou (take|own|do|handle)\b/i;

/** Said outright: "decided", "final:", "going with", "X it is", "plan:", "let's go with". */
const STRONG_DECISION = new RegExp(
  [
    String.raw`\b(we('ve| have)? )?decided\b`,
    String.raw`\bdecision\b\s*[:\-]`,
    String.raw`\bfinal( call| answer| decision)?\s*:`,
    String.raw`\b(we'?ll|we will|we'?re going to|going to) (go with|ship|use|keep|move|launch|renew|hire|skip|hold|stick with|drop|pause|cancel)\b`,
    String.raw`\b(let'?s|lets)\b(?! (see|discuss|not|check|ask|talk|sync|chat|try|wait and see|get|think|circle|revisit|take this))`,
    String.raw`\bgoing with\b`,
    String.raw`\b(it|that|this) is\s*(then)?\s*[.!]?$`,
    String.raw`\bit is then\b`,
    String.raw`\b(plan|decision|compromise|verdict)\s*:`,
    String.raw`\b(approved|agreed|settled)\b`,
    String.raw`\bthat (kind of |pretty much )?(decides|settles) it\b`,
    String.raw`\b(out of scope|not (for|in) (v\d|this (release|sprint|quarter))|not this (sprint|release|quarter)|(next|following) sprint|for later|pushed (again|to)|moves? to next)\b`,
    String.raw`\b(stays|we keep|keep(ing)? [\w\s-]{1,20} as is|as is)\b`,
    String.raw`\b(slips?|moves?|pushed|postponed?|delayed?|bumped) (back )?to (the )?(next|first|second|last|end|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4])\w*`,
    String.raw`\bgoing forward\b`,
  ].join('|'),
  'i',
);

const GO_AHEAD_VERBS = 'ship|go|do|roll|rollback|revert|pause|merge|launch|keep|move|use|drop|cut|book|hold|cancel|pin|push|release|deploy|switch|approve|proceed|escalate|renew|raise|disable';

/** Conversational closers: "ok ship B", "yes roll back now", "ok fine, … then", "ok so …". */
const WEAK_DECISION = new RegExp(
  [
    String.raw`^(ok(ay)?|yes|yep|yeah|alright|fine|cool|sure)\b[\s,.!:]*(${GO_AHEAD_VERBS})\b`,
    String.raw`^(ok(ay)?|alright|fine)\b[^?]{0,60}\b(then|fine|it is)\b`,
    String.raw`^(ok(ay)?|alright)\b[\s,]*(so|we|our)\b`,
    String.raw`^(ok(ay)?)\s*:`,
    // "ok shorten.", "ok update the script…", "ok booking 3 rooms…": a closer followed by what happens.
    String.raw`^(ok(ay)?|alright)[\s,.!]+(?!(so|i|i'?m|im|i'?ll|ill|i'?d|we|you|thx|thanks|ty|cool|great|lol|but|and|sure|yeah|that|this|the|it|is|are|do|can|could|should|will|would|what|who|how|when|why|let me|back|one|good|nice|np)\b)\w+`,
    // Announced as it happens: "rolling back to v2.14.3", "reverting + restarting", "pausing rollout now".
    String.raw`^(ok(ay)?[\s,]+|yes[\s,]+)?(rolling back|reverting|pausing|disabling|raising|turning (on|off)|switching|pinning|banning|cancell?ing|freezing)\b`,
    String.raw`\b(starting|effective|from) (next|this|tomorrow|today|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?)\b`,
    String.raw`\b(${GO_AHEAD_VERBS}) [^?]*\b(now|then)\s*[.!]?$`,
    String.raw`\bno [\w\s-]{1,20} then\b`,
  ].join('|'),
  'i',
);

const NOT_DECIDED = /\b(no decision|not decide|undecided|just a vibe|pending|let me try|on the table|options?:|thoughts\??|objections)\b/i;

/** 2: a decision said outright; 1: a closer that decides only if no question hangs on it; 0: none. */
export function decisionStrength(clause: string): number {
  // "rafa start next sprint pls" hands out work: an action item, not a decision.
  if (isQuestion(clause) || NOT_DECIDED.test(clause) || REQUEST.test(clause)) return 0;
  if (STRONG_DECISION.test(clause)) return 2;
  return WEAK_DECISION.test(clause.trim()) ? 1 : 0;
}

/** A proposal others can agree to: "i'd pause and hotfix", "we could…", "how about…". */
export function isProposal(clause: string): boolean {
  return /\b(i'?d|we could|we should|could we just|maybe|how about|what if|propos\w*|option|instead|i'?d rather|i suggest|suggest)\b/i.test(clause) && !isQuestion(clause);
}

const COMMITMENT = /\b(i'?ll|ill|i will|i can|i could|i'?m on it|on it|will do|i'?ll take|me,? i'?ll|let me|i'?m going to|im going to|i'?m gonna|doing it|i'?ll have it|i'?ll do|can do|i'?ll own|i own|i take|taking it|mine)\b/i;
const NOT_COMMITMENT = /\b(i can'?t|i can live|i can see|if i|i could be wrong|i'?ll be honest|i will say|let me know|i could do either|let me (try to )?(frame|summari[sz]e|recap|math|see|think|look|guess|check))\b/i;

/** "I'll …", "on it", "can do", "let me …": the speaker takes on work. */
export function isCommitment(clause: string): boolean {
  return COMMITMENT.test(clause) && !NOT_COMMITMENT.test(clause) && !isQuestion(clause);
}

/** A bare acceptance ("on it", "sure", "yep", "will do"): the task is in the request it answers. */
export function isBareAcceptance(clause: string): boolean {
  const words = contentWords(clause).filter((word) => !/^(on|it|will|do|can|sure|yep|yes|ok|ya|yeah|np|sgtm|ill|i'll)$/.test(word));
  return words.length <= 1 && (COMMITMENT.test(clause) || AGREEMENT.test(clause.trim().toLowerCase()));
}

const WEEKDAY = String.raw`(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?`;
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*`;
const DUE = new RegExp(
  [
    String.raw`\b(by |before |on |until |till |due )?(end of (the )?(day|week|month|sprint|quarter)|eod|eow|eom|today|tonight|tomorrow( morning| afternoon)?|this (week|weekend|sprint)|next (week|sprint|month|quarter))\b`,
    String.raw`\b(by |before |on |until |till |due )?(next |this )?${WEEKDAY}\b( (morning|afternoon|evening|\d{1,2}(:\d\d)?\s?(am|pm)))?`,
    String.raw`\b(by |before |on |until |due )?the \d{1,2}(st|nd|rd|th)\b`,
    String.raw`\b(by |before |on |until |due )?${MONTH} \d{1,2}(st|nd|rd|th)?\b`,
    String.raw`\b(by |before |on |until |due )?\d{1,2}(st|nd|rd|th)? ${MONTH}\b`,
    String.raw`\bin \d+ (min(ute)?s?|hours?|days?|weeks?)\b`,
    String.raw`\b(by|before|at|until|till) \d{1,2}(:\d\d)?\s?(am|pm|utc)?(?![\d%.])`,
  ].join('|'),
  'i',
);

/** The date or time a clause names ("by fri", "tomorrow morning", "nov 20", "the 15th"), if any. */
export function dueDate(clause: string): string | undefined {
  return DUE.exec(clause)?.[0]?.trim();
}

const STATUS = /\b(?!back (to it|on topic|to work)\b)(done|fixed|resolved|back (up|to|on)|is back|back\b.*\b(healthy|normal)|is (live|out|up)|live now|shipped|merged|rolled back|deployed|works( now)?|working again|healthy|restored|verified|recovered|complete[d]?|approved|booked|sent|posted|over)\b/i;

/** A message reporting where things stand ("rollback done", "search works", "redirect is live"). */
export function reportsStatus(clause: string): boolean {
  return STATUS.test(clause) && !isQuestion(clause);
}
