import { fromLists } from './name-given-lists.ts';
import { isAddressingWord, isFormOfAddressAlone } from './name-cues.ts';
import { isEnglishWordName, isGreetedWordName, isLoneGivenName, isModalUsedAsName } from './name-given-lone.ts';
import { fromLowerCasePair, fromNickname, fromPair, fromParticles } from './name-given-pairs.ts';
import { fromInitials } from './name-given-initials.ts';
import { isGiven, isPlainWord, isStrongGiven } from './name-given-tokens.ts';
import type { Token } from './recall-words.ts';
import { personBetween, type Candidate } from './types.ts';

const CAPITALISED_START = /^\p{Lu}/u;

/**
 * Names the other passes cannot vouch for alone, settled by the `humannames` list (human-names.ts)
 * together with where the word stands. The list also holds everyday words, so a hit needs company:
 * - a given name that is not an ordinary word, in a name position: "Emeka and Ngozi Obi", "Bao and Linh
 *   fixed…", "shoutout to kwame", "sarah's laptop", "Osagie / Temitope";
 * - names that are English words ("Will", "Hope", "Rose", "Miles") only where nothing else fits: before
 *   a surname ("Miles Oduya"), after a request ("spoke with Hope", "try Violet"), before a verb of speech
 *   or "from <team>" ("Chase said", "Rose from legal"), or listed with other people doing something
 *   ("Holly and Ivy are running…", but not "Joy, Hope and Grace are the three values");
 * - an initial and a surname ("j. smith", "T. Oduya-Barnes");
 * - particles between a given name and a surname ("Carmen de la Fuente", "Abdullah al-Rashid").
 * In a message mostly in another language only lists of people count ("Rocío y Álvaro van a…").
 */
export function detectGivenNames(text: string, tokens: readonly Token[], otherLanguage: boolean): Candidate[] {
  const found: Candidate[] = [];
  const listed = fromLists(text, tokens, found);
  // In another language a lower-case "list" is its words between commas ("Fijne feestdagen, het kantoor"): people there are capitalised.
  if (otherLanguage) found.splice(0, found.length, ...found.filter((candidate) => CAPITALISED_START.test(candidate.value)));
  tokens.forEach((token, index) => {
    if (!otherLanguage && isModalUsedAsName(text, token)) {
      found.push(personBetween(text, token.start, token.end));
      return;
    }
    // In another language, capitalised pairs are its nouns ("Feliz Navidad", "Reunión de Equipo"); only lists of people count.
    // A plain word can only be a lower-case name opening the message ("florence is covering…").
    if ((isPlainWord(token) && index > 0 && !isGreetedWordName(text, token)) || listed.has(index) || isAddressingWord(token.text) || isFormOfAddressAlone(token.text)) return;
    if (otherLanguage) {
      // "Gustavo Pereira dos Santos pediu…": given name and surname, both listed, around particles, in any language.
      const end = fromParticles(text, tokens, index);
      if (end !== undefined && isStrongGiven(token) && isGiven(tokens.find((other) => other.end === end) ?? token)) found.push(personBetween(text, token.start, end));
      return;
    }
    const end = fromParticles(text, tokens, index) ?? fromPair(text, tokens, index) ?? fromNickname(text, tokens, index) ?? fromLowerCasePair(text, tokens, index);
    if (end !== undefined) found.push(personBetween(text, token.start, end));
    else if (isLoneGivenName(text, tokens, index) || isEnglishWordName(text, tokens, index)) found.push(personBetween(text, token.start, token.end));
  });
  if (!otherLanguage && text.includes('. ')) found.push(...fromInitials(text));
  return found;
}
