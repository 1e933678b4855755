import { isDictionaryWord } from './english-dictionary.ts';
import { isGivenNameInAnyLanguage } from './locale-given-names.ts';
import { type FoundWord, wordsMatching } from './regex-matches.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * A given name alone in Georgian text, which has no capitals: a word whose letters, read one by one in Latin ("ნიკა" →
 * nika, "გიორგი" → giorgi, "თაკო" → tako), spell a given name of the names lists, where the sentence puts a person —
 * - with the ergative a doer takes ("ლევანმა მომწერა", Levan wrote to me; "გიორგიმ უკვე გადაიხადა"), on a name of four
 *   letters or more;
 * - addressed before a comma ("გოგა, გადარიცხვა გააკეთე");
 * - in a list joined by "და" (and) whose members are listed names, all but one at most: "ნიკა, ეკა და ქეთი".
 * Not a word the lists hold that is an English word once spelt in Latin, a kin or role word, a day or a month.
 */
const WORD = /\p{Script=Georgian}+/gu;
const HINT = /[\u10d0-\u10ff]/u;
const LETTERS: Readonly<Record<string, string>> = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o', პ: 'p', ჟ: 'zh', რ: 'r',
  ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h',
};
/**
 * The ergative ("-მა", "-მ" after a vowel) that a doer takes. Not the dative "-ს" nor the genitive "-ის": verbs end in them
 * too ("მოდის", comes; "გადის", expires) and every owned thing takes them ("ნატოს სამიტი", "წმინდა გიორგის ეკლესია").
 */
const CASE_ENDINGS: readonly string[] = ['მა', 'მ'];
/** Kin and roles people are called by, and the days and months, which read as names ("გოგო", girl; "პარასკევი", Friday). */
const NOT_NAMES: ReadonlySet<string> = new Set(
  `გოგო ბიჭო ბიჭი ძმაო ძმა დაო და ბატონო ბატონი ქალბატონო დედა მამა ბებია ბაბუა ბიძა დეიდა მასწავლებელი უფროსი
   ორშაბათი სამშაბათი ოთხშაბათი ხუთშაბათი პარასკევი შაბათი კვირა იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო
   სექტემბერი ოქტომბერი ნოემბერი დეკემბერი`.split(/\s+/u),
);
/** Consonant stems take "-ი" in the nominative: "ლევან-მა" → ლევანი (Levan is spelt so too). */
const NOMINATIVE = 'ი';
const SHORTEST_STEM = 4;
const NOMINATIVE_END = /[აეიოუ]$/u;
const AND = 'და';
const OPENING = /(?:^|[\n.!?:;—–-])[ \t"'‘“(]*$/u;

export function detectGeorgianGivenNames(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const words = wordsMatching(WORD, text);
  const listed = membersOfNameLists(text, words);
  const found: Candidate[] = [];
  for (const [index, word] of words.entries()) {
    if (listed.has(index) || hasCaseOfAPerson(word.text) || (isAddressed(text, word) && isGivenName(word.text))) found.push(personBetween(text, word.start, word.end));
  }
  return found;
}

function inLatin(word: string): string {
  return [...word].map((letter) => LETTERS[letter] ?? letter).join('');
}

function isGivenName(word: string): boolean {
  if (NOT_NAMES.has(word)) return false;
  const latin = inLatin(word);
  return latin.length >= 2 && !isDictionaryWord(latin) && isGivenNameInAnyLanguage(latin);
}

function hasCaseOfAPerson(word: string): boolean {
  return CASE_ENDINGS.some((ending) => {
    if (!word.endsWith(ending)) return false;
    const stem = word.slice(0, -ending.length);
    return [...stem].length >= SHORTEST_STEM && !NOT_NAMES.has(stem + NOMINATIVE) && (isGivenName(stem) || isGivenName(stem + NOMINATIVE));
  });
}

function isAddressed(text: string, word: FoundWord): boolean {
  return OPENING.test(text.slice(Math.max(0, word.start - 4), word.start)) && text[word.end] === ',';
}

/** "ნიკა, ეკა და ქეთი", "ნინო და დათო": words apart by commas, the last two by "და", listed names. */
function membersOfNameLists(text: string, words: readonly FoundWord[]): ReadonlySet<number> {
  const members = new Set<number>();
  const gap = (left: number, right: number) => text.slice(words[left]!.end, words[right]!.start);
  for (let first = 0; first < words.length; first += 1) {
    const list = [first];
    let at = first;
    let closed = false;
    while (at + 1 < words.length) {
      if (words[at + 1]!.text === AND && /^,?[ \t]+$/u.test(gap(at, at + 1)) && at + 2 < words.length && /^[ \t]+$/u.test(gap(at + 1, at + 2))) {
        list.push(at + 2);
        closed = true;
        break;
      }
      if (!/^,[ \t]*$/u.test(gap(at, at + 1))) break;
      list.push(at + 1);
      at += 1;
    }
    // Every member listed but one at most ("ეკა" is short for Ekaterine, which the lists hold, not for itself), and two at least.
    const listedMembers = list.filter((index) => isGivenName(words[index]!.text)).length;
    // Names listed so end in a vowel, as the nominative does: "ბოლოს და ბოლოს" (finally) is a phrase in the dative.
    const nominative = list.every((index) => NOMINATIVE_END.test(words[index]!.text));
    if (closed && nominative && listedMembers >= Math.max(2, list.length - 1)) for (const index of list) members.add(index);
  }
  return members;
}
