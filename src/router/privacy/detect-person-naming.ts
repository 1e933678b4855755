import { isCalendarMonthOrDay } from './calendar-words.ts';
import { isDepartmentWord, isGroupOrRoleWord } from './department-words.ts';
import { functionWordLanguages, LANGUAGES } from './function-words.ts';
import { isNeverAName } from './never-a-name.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isHumanName } from './human-names.ts';
import { isGivenNameInAnyLanguage } from './locale-given-names.ts';
import { lexiconFacts } from './name-lexicon.ts';
import { factsOf } from './name-word-facts.ts';
import { matchesOf } from './regex-matches.ts';
import { mayBeUnlistedGivenName } from './unlisted-given-names.ts';
import { filteredMatchesOf, startFiltered } from './start-filtered-matches.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * What someone is called, said outright: "my name is Adaeze", "her name's Folake", "a woman called
 * Nomvula", "the candidate is named Kelechi", "we call him Tunde", "everyone calls her Mama Efua", "she's
 * known as Ade". The words right after such a phrase are a person's name, whatever list has them.
 *
 * Things are named with the same words ("the tool is called Grafana", "we call it Project Falcon", "its
 * name is Hermes", "the file name is README.md"), so the phrase must be about a person: a person's
 * possessive before "name", a person noun or "he"/"she" before "named"/"called", "him"/"her"/"me" after
 * "call". The name is one to three capitalised words, at least one of them a listed name or no English
 * word (not "call me Monday", "his name is On…"), or one lower-case word no dictionary has ("my name is
 * adaeze"; not "my name is not important"). Introductions are read the same way, more strictly (below).
 */
const PERSON_NOUNS = String.raw`guy|man|woman|lady|girl|boy|person|someone|somebody|colleague|coworker|co-worker|customer|client|candidate|applicant|contractor|tenant|student|intern|new hire|hire|engineer|developer|manager|friend|guest|caller|driver|agent|rep|recruiter|landlord|landlady|neighbou?r|kid|son|daughter|baby|wife|husband|partner|brother|sister|cousin|he|she`;
const NAMING_PHRASE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:` +
    String.raw`(?:my|his|her|their|your)[ \t]+(?:(?:full|first|last|real|legal|given|middle|maiden|preferred|nick)[ \t-]?)?name(?:[ \t]+(?:is|was)|['’]s)` +
    // "a guy named…", "someone called…", "the candidate is named…": not "the candidate called HR", "she named Kubernetes…" (the verbs).
    String.raw`|(?:a|an|another|some)[ \t]+(?:new[ \t]+)?(?:${PERSON_NOUNS})[ \t]+(?:named|called)|(?:someone|somebody)[ \t]+(?:named|called)` +
    String.raw`|(?:${PERSON_NOUNS})(?:[ \t]+(?:is|was)|['’]s)[ \t]+(?:named|called)` +
    String.raw`|(?:call|calls|called|calling)[ \t]+(?:him|her|me)` +
    String.raw`|(?:he|she)(?:['’]s|[ \t]+(?:is|was))[ \t]+(?:also[ \t]+|better[ \t]+)?known[ \t]+as` +
    String.raw`)[ \t]+`,
  'giu',
);
const NAMING_PHRASES = startFiltered(NAMING_PHRASE);
/**
 * Every naming phrase holds one of these ("name", "named", "called", "call me", "known as"), in the phrase's own case
 * folding: a message without one skips the phrases, whose start filter is tried at nearly every letter.
 */
const NAMING_WORD = /name|call|known/iu;
/** Cheap words one of the phrases holds, looked for before the patterns run. */
const HINT = /name|call|known|this is|it['’]?s|i['’]?m|i am|here|saya|aku|(?<!\p{L})l[aà](?!\p{L})/iu;

/**
 * Introductions in languages whose "I am" is a plain word before the name: Indonesian and Malay ("aku Wayan
 * Sukerta", "nama saya Made Wirawan") and Vietnamese with or without its marks ("em la Vu Hoang Yen", "tôi là
 * Phạm Minh Châu", "tên em là …"). Only capitalised words count there, up to four of them: every word of such a
 * message is no English one, so a lower-case word after "saya" is the sentence ("saya sudah kirim").
 */
const PLAIN_WORD_INTRODUCTION = startFiltered(
  /(?<![\p{L}\p{M}])(?:(nama(?:ku)?[ \t]+(?:saya|aku)(?:[ \t]+(?:adalah|ialah))?|saya|aku)|(t[eê]n[ \t]+)?(?:em|t[oô]i|anh|ch[iị]|m[iì]nh)[ \t]+l[aà])[ \t]+/giu,
);
/**
 * The message must read as the phrase's language — two more of Indonesian's or Malay's function words, or Vietnamese's
 * letters or two of its everyday words — since "Aku Ankka" is Finnish and "chi la Scala" Italian. And the words after
 * the phrase must not say what the writer is rather than who: a role, a team, a product or a place ("saya Grab Driver",
 * "aku Cinta Indonesia"), a Vietnamese word for a job ("anh la Giam Doc…", "em la Sinh Vien"), or — after a bare "I am"
 * rather than "my name is" — an English word first ("saya Muslim", "saya Pakai Windows"; "nama saya Made Wirawan" stays).
 */
const INDONESIAN = [LANGUAGES.indexOf('id'), LANGUAGES.indexOf('ms')];
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const VIETNAMESE_WORDS: ReadonlySet<string> = new Set('anh chi em oi nhe roi khong duoc cua cho va ban minh xin chao cam on a da dang se nay do voi nhung'.split(' '));
const VIETNAMESE_JOBS = /^(?:giam doc|ke toan|sinh vien|nhan vien|truong phong|quan ly|thu ky|ky su|bac si|giao vien|lap trinh vien)\b/iu;
const LATIN_WORDS = /\p{L}+/gu;
const CAPITALISED_NAME = /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){0,3}(?![\p{L}\p{M}\d@_/.]\p{L})/u;

/**
 * Saying who is writing or calling: "this is Ngozi from accounts", "I'm Adaeze, the new analyst", "hey it's
 * Tobi from the Lagos office". The name must come with where the person is from, or (after "this is" and
 * "I'm") a comma or a dash: "this is Important", "it's Friday, ship it" name nobody. In lower case only a
 * listed given name counts here ("im priya, …"; not "i'm ooo today").
 */
const INTRODUCTION = /(?<![\p{L}\p{M}'’])(?:(this is|i['’]m|im|i am)|(it['’]s|its))[ \t]+/giu;
const INTRODUCTIONS = startFiltered(INTRODUCTION);
const FROM_AFTER = /^,?[ \t]+(?:from|at|with|of|here)\b/iu;
const COMMA_OR_DASH_AFTER = /^(?:[ \t]*,|[ \t]+[-–—][ \t]|[ \t]+and[ \t]+i\b)/iu;
/** "Ngozi here, from accounts", "Adaeze here 👋": a name and "here" opening a line, after a greeting at most; not "Postgres here, Mongo there". */
const HERE = /[ \t]+here(?=[ \t]*[,.!:;—–-]|[ \t]*$|[ \t]*\p{Extended_Pictographic})(?![,;]?[ \t]*\p{L}+[ \t]+there\b)/gmu;
const NAME_BEFORE_HERE = /(?<![\p{L}\p{M}'’])(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*)?)$/u;
const NAME_REACH = 60;
const LINE_OPENING = /(?:^|\n)[ \t]*(?:(?:hi|hey|hello|hiya|morning|good morning|good afternoon|good evening)(?:[ \t]+(?:all|team|everyone|folks|guys))?[ \t]*[,!.—–-]?[ \t]*)?$/iu;
const CAPITALISED_RUN = /^\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){0,2}/u;
const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}\p{M}'’-]{2,}(?![\p{L}\p{M}\d@_/])/u;
const REACH = 80;

export function detectNamedPeople(text: string): Candidate[] {
  if (!HINT.test(text)) return [];
  const found: Candidate[] = [];
  for (const phrase of NAMING_WORD.test(text) ? filteredMatchesOf(NAMING_PHRASES, text) : []) {
    const start = phrase.index + phrase[0].length;
    const name = nameAt(text.slice(start, start + REACH), true);
    if (name !== undefined) found.push(personBetween(text, start, start + name.length));
  }
  // The message's words, read once for all the phrases in it.
  let words: readonly string[] | undefined;
  for (const phrase of filteredMatchesOf(PLAIN_WORD_INTRODUCTION, text)) {
    const start = phrase.index + phrase[0].length;
    const name = CAPITALISED_NAME.exec(text.slice(start, start + REACH))?.[0];
    if (name === undefined || !readsAsPhraseLanguage(text, (words ??= text.toLowerCase().match(LATIN_WORDS) ?? []), phrase[1] !== undefined)) continue;
    const nameWords = name.split(/[ \t]/u);
    // Inside a longer name a weekday's short form is a given name ("Nguyen Thi Thu"); alone it is the day.
    const excluded = (word: string) => isAcronym(word) || (isExcluded(word) && !(nameWords.length > 1 && isCalendarMonthOrDay(word.toLowerCase())));
    const named = /^(?:nama|t[eê]n)/iu.test(phrase[0]);
    const what = nameWords.some(saysWhatNotWho) || VIETNAMESE_JOBS.test(name) || (!named && factsOf(nameWords[0]!).kind === 'ordinary');
    if (!nameWords.some(excluded) && !what) found.push(personBetween(text, start, start + name.length));
  }
  return [...found, ...introducedPeople(text)];
}

function introducedPeople(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const phrase of filteredMatchesOf(INTRODUCTIONS, text)) {
    const start = phrase.index + phrase[0].length;
    const name = nameAt(text.slice(start, start + REACH), false);
    if (name === undefined) continue;
    const after = text.slice(start + name.length, start + name.length + 12);
    const placed = FROM_AFTER.test(after) || (phrase[1] !== undefined && COMMA_OR_DASH_AFTER.test(after));
    if (placed) found.push(personBetween(text, start, start + name.length));
  }
  // "here" is found first, then the name before it: most capitalised words have no "here" after them.
  for (const here of matchesOf(HERE, text)) {
    const windowStart = Math.max(0, here.index - NAME_REACH);
    const words = NAME_BEFORE_HERE.exec(text.slice(windowStart, here.index))?.[1];
    const start = here.index - (words?.length ?? 0);
    if (words === undefined || (windowStart > 0 && start === windowStart)) continue;
    const name = nameAt(words, false);
    if (name !== undefined && name === words && LINE_OPENING.test(text.slice(Math.max(0, start - 40), start))) found.push(personBetween(text, start, start + name.length));
  }
  return found;
}

/**
 * The name opening `after`, or undefined when the words there are no name. `unlisted`: a lower-case word no
 * list has may be it, and a capitalised English word that is also a name ("Mama Efua"); not in introductions.
 */
function nameAt(after: string, unlisted: boolean): string | undefined {
  const run = CAPITALISED_RUN.exec(after)?.[0];
  if (run !== undefined) {
    const words = run.split(/[ \t]/u);
    // A trailing English word is what the sentence goes on to say, not the name's ("call him Tunde Tomorrow").
    while (words.length > 0 && !isNameWord(words[words.length - 1]!)) words.pop();
    if (words.length === 0 || words.some((word) => isExcluded(word) || isAcronym(word))) return undefined;
    // "called Stripe support", "called Datadog sales": a firm's desk, not a name.
    if (TEAM_AFTER.test(after.slice(words.join(' ').length))) return undefined;
    // An introduction is read more strictly: every word a name nobody would write as an ordinary one ("I'm Back", "this is Kubernetes").
    if (!unlisted && !words.every(isIntroducedNameWord)) return undefined;
    // The words were split at single spaces or tabs: the name is the run's first characters.
    return after.slice(0, words.join(' ').length);
  }
  const lower = LOWER_CASE_WORD.exec(after)?.[0];
  if (lower === undefined || isExcluded(lower) || isDictionaryWord(lower)) return undefined;
  // "my name is mispelled": an unlisted lower-case word must read like a name (unlisted-given-names.ts) and not like an
  // English word's inflection; after "I'm" it must be listed.
  return isGivenNameInAnyLanguage(lower) || (unlisted && mayBeUnlistedGivenName(lower) && !INFLECTED.test(lower)) ? lower : undefined;
}

/** In an introduction: no English word or tool the lexicon knows ("Hetzner here: 3 nodes down"), and either on the names list or a word the lexicon neither knows as frequent nor as English. */
function isIntroducedNameWord(word: string): boolean {
  if (isDictionaryWord(word.toLowerCase()) || factsOf(word).tool) return false;
  if (isHumanName(word)) return true;
  const facts = lexiconFacts(word);
  return !facts.common && !facts.englishWord;
}

/** A word of a name: on the names list, or no English word. */
function isNameWord(word: string): boolean {
  return !isExcluded(word) && (isHumanName(word) || !isDictionaryWord(word.toLowerCase()));
}

const INFLECTED = /(?:ed|ing|ly|ness|ment|tion)$/u;
const TEAM_AFTER = /^[ \t]+(?:support|sales|helpdesk|help desk|hotline|customer service|billing|team|desk)\b/iu;

/** `words`: the message's words in lower case. */
function readsAsPhraseLanguage(text: string, words: readonly string[], indonesian: boolean): boolean {
  if (indonesian) return words.filter((word) => functionWordLanguages(word).some((language) => INDONESIAN.includes(language))).length >= 2;
  return VIETNAMESE_LETTERS.test(text) || words.filter((word) => VIETNAMESE_WORDS.has(word)).length >= 2;
}

/** A word that says what the writer is, not who: a role, a team, a product or a place. */
function saysWhatNotWho(word: string): boolean {
  const lower = word.toLowerCase();
  return isGroupOrRoleWord(lower) || isDepartmentWord(lower) || ROLE_WORDS.has(lower) || factsOf(word).tool;
}

/** Roles people introduce themselves by, which the names list holds too ("Admin", "Driver"). */
const ROLE_WORDS: ReadonlySet<string> = new Set('admin manager driver intern director engineer developer officer assistant accountant'.split(' '));

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

function isExcluded(word: string): boolean {
  return isNeverAName(word.toLowerCase());
}
