import { isDictionaryWord } from './english-dictionary.ts';
import { isHumanName } from './human-names.ts';
import { isBrandName } from './known-brands.ts';
import { factsOf } from './name-word-facts.ts';
import { isPlaceName } from './place-names.ts';
import { isOrgOrPlaceWord, isProductWord } from './name-lexicon.ts';
import { matchesOf } from './regex-matches.ts';
import { filteredMatchesOf, startFiltered } from './start-filtered-matches.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * A name the message asks about or speaks to by name, where the frame itself says "person":
 * - "who's "stone" in the on-call rota?", "which one of you is "blake" on the figma file?", comments
 *   that mention "Ember" by name: a quoted word after "who is", "which of you is" or before "by name"
 *   is what someone is called — even when it is also a word;
 * - "who is okonkwo?", "someone called Radu": unquoted, a listed name that is no dictionary word;
 * - "ravi/oksana can one of you take the call?": two names opening a message, then a request to one
 *   of the two ("one of you", "either of you", "you two", "both of you").
 * Products and places are asked about too ("who is Okta's rep?" keeps "Okta" out by the lexicon).
 */
const ASKED_ABOUT = /\b(?:who(?:['’]s|s| is| was)|which (?:one )?of (?:you|us|them)(?: is|['’]s)|(?:someone|somebody|a guy|a person|the person) (?:called|named)|goes by)[ \t]+(["“'‘]?)(\p{L}[\p{L}\p{M}'’-]*)(["”'’]?)/giu;
const ASKED_ABOUT_STARTS = startFiltered(ASKED_ABOUT);
const BY_NAME = /(["“'‘])(\p{L}[\p{L}\p{M}'’-]*)(["”'’]) by name\b/giu;
const PAIR_ADDRESSED = /^[ \t]*(\p{L}[\p{L}\p{M}'’-]*)[ \t]*(?:\/|\+|&|,|\band\b)[ \t]*(\p{L}[\p{L}\p{M}'’-]*)[ \t,:]*(?:can|could|would|will|pls|please)?[ \t]*(?:one of you|either of you|you two|both of you)\b/iu;

/**
 * Someone's number or contact asked for or passed on without a possessive, as Nigerian and informal English write it ("who
 * get Chidinma number?", "send me Tunde number pls"): only a person has a number there. A capitalised word in that place is
 * a person when no dictionary, tool list, brand list or place list has it ("send me Lagos office number" is an office's).
 * (Added to a channel or an invite is no such frame: apps and bots are added too, and the lists do not know them all.)
 */
const NUMBER_OF = /\b(?:get|got|send|sent|share|give|drop|forward|have|has|need|want)[ \t]+(?:me[ \t]+|us[ \t]+|him[ \t]+|her[ \t]+)?(\p{Lu}[\p{L}\p{M}-]+)[ \t]+(?:number|contact|digits|phone|whatsapp)\b/gu;

function peopleByNumber(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(NUMBER_OF, text)) {
    const word = match[1]!;
    const lower = word.toLowerCase();
    if (word.length < 3 || isDictionaryWord(lower) || factsOf(word).tool || isOrgOrPlaceWord(lower) || isBrandName(word) || isPlaceName(word)) continue;
    // The name is the last capitalised word of the match: what follows it is the lower-case "number".
    found.push(personAt(match.index + match[0].lastIndexOf(word), word));
  }
  return found;
}

export function detectAskedAboutNames(text: string): Candidate[] {
  const found: Candidate[] = /[A-Z]/u.test(text) ? peopleByNumber(text) : [];
  for (const match of filteredMatchesOf(ASKED_ABOUT_STARTS, text)) {
    const word = match[2]!;
    const quoted = match[1] !== '' && match[3] !== '';
    if (quoted ? isNameWord(word) : isUnlistedName(word)) found.push(personAt(match.index + match[0].length - match[3]!.length - word.length, word));
  }
  for (const match of matchesOf(BY_NAME, text)) {
    const word = match[2]!;
    if (isNameWord(word)) found.push(personAt(match.index + match[1]!.length, word));
  }
  const pair = PAIR_ADDRESSED.exec(text);
  if (pair !== null && isNameWord(pair[1]!) && isNameWord(pair[2]!)) {
    const first = text.indexOf(pair[1]!);
    found.push(personAt(first, pair[1]!), personAt(text.indexOf(pair[2]!, first + pair[1]!.length), pair[2]!));
  }
  return found;
}

/** A word someone is called: a listed name, not a product or a place (a name that is also a word counts here). */
function isNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  return word.length >= 2 && isHumanName(word) && !isProductWord(lower) && !isOrgOrPlaceWord(lower);
}

/** Unquoted, only a listed name that no dictionary has: "who is on call", "who's around" are questions about anyone. */
function isUnlistedName(word: string): boolean {
  return isNameWord(word) && !isDictionaryWord(word.toLowerCase());
}
