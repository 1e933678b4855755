import type { Token } from './recall-words.ts';

/**
 * What the given-name rules ask about one word. Each answer depends on the word alone, so it is read
 * from the word's shared facts (name-word-facts.ts), settled once per distinct word, instead of being
 * looked up again in a cache of its own per rule and per message.
 */

/** A lower-case ordinary word: no rule here starts at one (checked first, as most words are). */
export function isPlainWord(token: Token): boolean {
  return token.facts.plain;
}

/** In the names list (as written); "Hyun-woo" part by part. */
export function isGiven(token: Token): boolean {
  return token.facts.given;
}

/** Products and chat-ops words ("Claude", "Jenkins") are names only with a surname after them ("Ruby Osei"). */
export function isToolWord(token: Token): boolean {
  return token.facts.tool;
}

/** Not an ordinary word, in the names list, not an acronym: "Emeka", "otieno", "Caoimhe". */
export function isStrongGiven(token: Token): boolean {
  return token.facts.strongGiven;
}

/** An English word that is also a name, capitalised: "Hope", "Miles", "Violet". */
export function isWordGiven(token: Token): boolean {
  return token.facts.wordGiven;
}

export function adjacent(text: string, left: Token, right: Token): boolean {
  return right.start === left.end + 1 && text[left.end] === ' ';
}
