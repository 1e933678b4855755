/** Titles written with a dot, in English and the languages whose forms of address precede names in chat. */
const TITLE_BEFORE_DOT = /(?:^|[^\p{L}])(?:mr|mrs|ms|mx|dr|prof|dhr|mevr|mw|hr|fr|sr|sra|srta|mme|mlle|sig|sgt|capt|lt|rev|hon)$/iu;

/** A clause opens before the word: after a comma or a dash, a conjunction, or chat's preface ("fyi", "btw", "heads up", "ok so"). */
const CLAUSE_OPENED_BEFORE = /(?:[,—–]\s*|(?:^|[^\p{L}])(?:and|but|so|fyi|btw|also|plus|then|now|heads\s+up|ok|okay|yeah|because|cos|since|while|when|if)\s+)$/iu;

/** Whether a clause opens right before `index` without a sentence's punctuation: "…, bill is handling it", "heads up wade is…". */
export function isClauseOpenedBefore(text: string, index: number): boolean {
  return CLAUSE_OPENED_BEFORE.test(text.slice(Math.max(0, index - 12), index));
}

/**
 * Whether `index` begins a sentence or clause: only whitespace, quotes, list markers or a markdown
 * heading's `#` since the last `.!?:;` or line break.
 */
export function isSentenceStart(text: string, index: number): boolean {
  for (let cursor = index - 1; cursor >= 0; cursor -= 1) {
    const character = text[cursor] ?? '';
    // "Mr. Kees", "dhr. Kees", "Sra. Ruiz": the dot of a title's abbreviation ends no sentence.
    if (character === '.' && TITLE_BEFORE_DOT.test(text.slice(Math.max(0, cursor - 6), cursor))) return false;
    if (character === '\n' || '.!?:;'.includes(character)) return true;
    if (!' \t"\'“‘(*_>#-•'.includes(character)) return false;
  }
  return true;
}

/** "Will, can you…", "Mark's PR…": a vocative comma/colon or a possessive right after a name at `end`. */
export function isFollowedByVocativeOrPossessive(text: string, end: number): boolean {
  return /^(?:\s*[,:]|['’]s\b)/.test(text.slice(end, end + 4));
}

/** Words that make what follows a thing's modifier, not a name: "the U.K. office", "my dr appointment". */
export const DETERMINERS: ReadonlySet<string> = new Set('a an the my your his her our their this that its'.split(' '));

/** Whether the word ending right before `index` (spaces skipped) is a determiner: "we moved to the U.K. Sarah…". */
export function followsDeterminer(text: string, index: number): boolean {
  const word = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, index - 12), index))?.[1];
  return word !== undefined && DETERMINERS.has(word.toLowerCase());
}

/** Nothing but spaces or tabs between the line's start and `start`. */
export function isLineStart(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\t')) index -= 1;
  return index < 0 || text[index] === '\n';
}

/**
 * The sentence or line a span stands in: from after the last ". ", "! ", "? " or line break before it to the next one
 * after it, at most SENTENCE_REACH characters each way — a chat sentence is shorter, and a long paste read per name
 * stays linear.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const windowStart = Math.max(0, start - SENTENCE_REACH);
  const from = windowStart + (SENTENCE_BREAK_BEFORE.exec(text.slice(windowStart, start))?.[0].length ?? 0);
  const rest = SENTENCE_BREAK_AFTER.exec(text.slice(end, end + SENTENCE_REACH));
  return text.slice(from, rest === null ? Math.min(text.length, end + SENTENCE_REACH) : end + rest.index + 1);
}

const SENTENCE_REACH = 400;
/** Everything up to the last sentence break: ". ", "! ", "? " or a line break. */
const SENTENCE_BREAK_BEFORE = /^[\s\S]*(?:[.!?]\s|\n)/u;
const SENTENCE_BREAK_AFTER = /[.!?](?:\s|$)|\n/u;
