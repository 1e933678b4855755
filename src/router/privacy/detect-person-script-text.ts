import { CHINESE_SURNAMES, chineseMarkedNames } from './chinese-names.ts';
import { detectIndicHonorificNames } from './detect-person-indic-honorifics.ts';
import { detectIndicGivenNames } from './detect-person-indic-given.ts';
import { detectCasedScriptLoneNames } from './cased-script-lone-names.ts';
import { detectGeorgianGivenNames } from './detect-person-georgian-given.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * Names in a message written in another script throughout ("Наталья Смирнова отправила отчёт",
 * "田中 花子さんが…", "박서준, 이지은 님…"), where every word is in that script and a run of foreign
 * words says nothing. Each script marks its names in its own way, and only those marks count:
 * - cased scripts (Cyrillic, Greek, Armenian): two or three capitalised words together, as in English; in Cyrillic one
 *   capitalised word inside a sentence too, and in Greek and Armenian (cased-script-lone-names.ts);
 * - Japanese: an honorific right after a name of two to four characters (さん, 様, 氏, くん, ちゃん, 先生), or a space
 *   before it, as on an envelope ("田中 優子 様");
 * - Korean: 님 or 씨 after a three-syllable name that opens with a common surname, or two or more such names
 *   listed with slashes or commas after a word that says people ("당번: 최유진 / 한지민");
 * - Chinese and Japanese: short runs set apart by spaces and joined by "and" (和, 与, 跟, 及, と); Chinese names by a
 *   title, a person's details, an envelope's 收 or a space after them (chinese-names.ts);
 * - Hindi: the ergative marker ने after the first two or three words of a sentence; Hindi, Marathi, Nepali and
 *   Bengali: an honorific ("जी") or kin word after a name anywhere (detect-person-indic-honorifics.ts), and a given name
 *   the names lists hold read in Latin letters, where the grammar puts a person (detect-person-indic-given.ts);
 * - Georgian, whose capitals nobody types: a listed name with a case ending, addressed, or in a list (detect-person-georgian-given.ts);
 * - Thai: a title that is a word of its own ("คุณ", "นาย"), joined to a name that a space sets apart; a form's "ชื่อ".
 * Arabic-script names are read in detect-person-arabic-script.ts and detect-person-arabic-script-given.ts; Hebrew
 * marks names with nothing of the kind and no list of its names can be shipped: a given name alone is still missed.
 */
/** A capital of a cased script other than Latin, then lower case: the look-ahead names the script. */
const CASED_WORD = String.raw`(?=[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}])\p{Lu}[\p{Ll}\p{M}]+`;
const CASED_RUN = new RegExp(String.raw`(?<![\p{L}\p{M}])${CASED_WORD}(?:-${CASED_WORD})?(?:[ \u00a0]${CASED_WORD}(?:-${CASED_WORD})?){1,2}(?![\p{L}\p{M}])`, 'gu');

/**
 * Two to four characters before the honorific: one alone is a word ("皆さん" everyone, "お客様" the
 * customer), and a role ends in a role character ("社長さん", "店員さん", "運転手さん"); after ご or お it is a set
 * phrase ("ご苦労様", "お疲れ様").
 */
const JAPANESE_ROLE_ENDINGS = new Set([...'長員手者師士屋家医官']);
const JAPANESE_HONORIFIC = /(?<![\p{Script=Han}\p{Script=Katakana}ごお])[\p{Script=Han}\p{Script=Katakana}]{2,4}(?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4})?(?=[ \u3000]?(?:さん|様|さま|氏|くん|ちゃん|先生))/gu;

/** The most frequent Korean surnames: together they are borne by most people in Korea. */
export const KOREAN_SURNAMES: ReadonlySet<string> = new Set([...'김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용']);
/** Titles read like names and take 님 too: 사장님, 선생님, 변호사님, 연구원님. */
const KOREAN_TITLE_ENDINGS = new Set([...'장생사관원']);
const KOREAN_NAMES = /(?<!\p{Script=Hangul})\p{Script=Hangul}{3}(?:\s*,\s*\p{Script=Hangul}{3})*\s?(?:님|씨)/gu;
/**
 * Three-syllable words listed with slashes or commas, with no honorific: names only when every one opens
 * with a surname and none ends like a word of another kind — 적 ("정기적", regular), a room (실), a team
 * or department (팀, 부, 과), or a title.
 */
const KOREAN_LIST = /(?<!\p{Script=Hangul})\p{Script=Hangul}{3}(?:\s*[/,·]\s*\p{Script=Hangul}{3}(?!\p{Script=Hangul}))+/gu;
const KOREAN_WORD_ENDINGS = new Set([...'적실팀부과층']);
/**
 * A word before the list, on its line, that says its items are people: a duty or a room assigned (당번,
 * 배정, 당직), speakers or attendees (발표, 참석), owners (담당), members (명단, 멤버, 팀원), addressees
 * (수신, 참조). Districts, documents, stores and devices are listed the same way ("강남구, 서초구").
 */
const KOREAN_PEOPLE_LABEL = /(?:당번|당직|배정|발표|참석|담당|명단|멤버|팀원|수신|참조|면접관|리뷰어|온콜)[^\n]{0,20}$/u;
const HANGUL_NAME = /\p{Script=Hangul}{3}/gu;

/**
 * Characters that begin the most frequent Chinese surnames and Japanese family names: a run set apart
 * by spaces ("前端 和 后端", frontend and backend) is a name only when every item opens with one.
 */
export const CJK_SURNAME_STARTS: ReadonlySet<string> = new Set([
  ...CHINESE_SURNAMES,
  ...'佐鈴渡伊山中小加吉松井木清斎斉森阿池橋長後岡近前藤遠青坂村太福西三竹原野和菅大宮内平北東上千今久桜酒本工杉柴永増横片島谷堀新荒川安樋市土河星水浅早服',
]);

const CJK_ITEM = String.raw`[\p{Script=Han}]{1,3}(?:[ \u3000][\p{Script=Han}\p{Script=Hiragana}]{1,2})?`;
const CJK_AND = String.raw`[ \u3000](?:和|与|與|跟|及|と)[ \u3000]`;
const CJK_LIST = new RegExp(String.raw`(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])${CJK_ITEM}(?:${CJK_AND}${CJK_ITEM})+(?=[ \u3000,，、。]|が|は|も|を|に|$)`, 'gu');
const CJK_SPLIT = new RegExp(CJK_AND, 'u');

const HINDI_DOER = /(?:^|(?<=[।.!?\n]\s*))\p{Script=Devanagari}+(?:[ \u00a0]\p{Script=Devanagari}+){1,2}(?=[ \u00a0]ने(?:\s|$))/gu;
/**
 * Thai: a title (คุณ, นาย, นาง, นางสาว) joined to a name that a space sets apart, and the surname after
 * it ("คุณสมชาย ใจดี ขอ…"). Thai writes no spaces between words, so "คุณ" meaning "you" runs on into its
 * verb ("คุณช่วยแปล…") and is no name: only a short run ended by a space or a stop counts.
 */
const THAI_TITLED = /(?:คุณ|นางสาว|นาย|นาง)(\p{Script=Thai}{2,15}(?:[ \u00a0]\p{Script=Thai}{2,12})?)(?=[ \u00a0,.:'"”’]|$)/u;
/**
 * A form's "name" with a space and no colon after it, in a form (a date, a phone or an id in the text): "ชื่อ ณัฐพล วงศ์ใหญ่
 * เลขบัตร …"; the name and the surname a space sets apart. "ชื่อ ไฟล์" (the file's name) holds no number.
 */
const THAI_NAME_LABEL = /ชื่อ[ \u00a0]+(\p{Script=Thai}{2,20}(?:[ \u00a0]\p{Script=Thai}{2,20})?)(?=[ \u00a0,:]|$)/u;
const FORM_NUMBER = /[\d๐-๙]{2}[\d๐-๙ ./-]{4,}[\d๐-๙]/u;

export function detectNamesInOtherScriptText(text: string): Candidate[] {
  return [...casedRuns(text), ...detectCasedScriptLoneNames(text), ...detectMarkedNames(text)];
}

/**
 * The marks of a name that a passage pasted into an English message keeps too: honorifics, titles and lists of
 * people. Not capitalised runs of a cased script: a pasted sentence opens with a capital, and set phrases are
 * capitalised ("Καλά Χριστούγεννα", "Служба Поддержки").
 */
export function detectMarkedNames(text: string): Candidate[] {
  return [...japaneseNames(text), ...koreanNames(text), ...koreanLists(text), ...cjkLists(text), ...chineseMarkedNames(text), ...matches(text, HINDI_DOER), ...detectIndicHonorificNames(text), ...detectIndicGivenNames(text), ...detectGeorgianGivenNames(text), ...thaiNames(text)];
}

function thaiNames(text: string): Candidate[] {
  if (!THAI_TITLE_HINT.test(text)) return [];
  // Thai writes words together: "ขอบคุณ" (thank you), "คุณภาพ" (quality), "นายจ้าง" (employer) hold a
  // title's letters. ICU's Thai word breaks (Intl.Segmenter, in Node) say whether the title is a word.
  const boundaries = new Set<number>();
  for (const segment of THAI_WORDS.segment(text)) {
    boundaries.add(segment.index);
    boundaries.add(segment.index + segment.segment.length);
  }
  const labelled = FORM_NUMBER.test(text) ? titledAtBoundaries(text, boundaries, THAI_NAME_LABEL) : [];
  return [...titledAtBoundaries(text, boundaries, THAI_TITLED), ...labelled];
}

function titledAtBoundaries(text: string, boundaries: ReadonlySet<number>, pattern: RegExp): Candidate[] {
  const found: Candidate[] = [];
  const titled = new RegExp(pattern.source, 'uy');
  for (let index = 0; index < text.length; index += 1) {
    // Tried at every word break, not after the last match: "ขอบคุณคุณสมชาย" holds a title's letters in "ขอบคุณ" before the title itself.
    if (!boundaries.has(index)) continue;
    titled.lastIndex = index;
    const match = titled.exec(text);
    if (match === null) continue;
    const nameStart = match.index + match[0].length - match[1]!.length;
    if (!boundaries.has(nameStart)) continue;
    found.push(personAt(nameStart, match[1]!));
    index = match.index + match[0].length - 1;
  }
  return found;
}

const THAI_TITLE_HINT = /คุณ|นาย|นาง|ชื่อ/u;

const THAI_WORDS = new Intl.Segmenter('th', { granularity: 'word' });

function casedRuns(text: string): Candidate[] {
  return matches(text, CASED_RUN);
}

function japaneseNames(text: string): Candidate[] {
  return matches(text, JAPANESE_HONORIFIC).filter((candidate) => !JAPANESE_ROLE_ENDINGS.has(candidate.value[candidate.value.length - 1]!));
}

function koreanNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const list of text.matchAll(KOREAN_NAMES)) {
    for (const name of list[0].matchAll(HANGUL_NAME)) {
      const value = name[0];
      if (KOREAN_SURNAMES.has(value[0]!) && !KOREAN_TITLE_ENDINGS.has(value[2]!)) found.push(personAt(list.index + name.index, value));
    }
  }
  return found;
}

function koreanLists(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const list of text.matchAll(KOREAN_LIST)) {
    if (!KOREAN_PEOPLE_LABEL.test(text.slice(Math.max(0, list.index - 30), list.index))) continue;
    const names = [...list[0].matchAll(HANGUL_NAME)];
    if (!names.every(([value]) => KOREAN_SURNAMES.has(value[0]!) && !KOREAN_TITLE_ENDINGS.has(value[2]!) && !KOREAN_WORD_ENDINGS.has(value[2]!))) continue;
    for (const name of names) found.push(personAt(list.index + name.index, name[0]));
  }
  return found;
}

function cjkLists(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const list of text.matchAll(CJK_LIST)) {
    let offset = list.index;
    const items = list[0].split(CJK_SPLIT);
    if (!items.every((item) => CJK_SURNAME_STARTS.has(item[0]!))) continue;
    for (const item of items) {
      const start = text.indexOf(item, offset);
      found.push(personAt(start, item));
      offset = start + item.length;
    }
  }
  return found;
}

function matches(text: string, pattern: RegExp): Candidate[] {
  return [...text.matchAll(pattern)].map((match) => personAt(match.index, match[0]));
}
