import { isDictionaryWord } from './english-dictionary.ts';
import { isFrequentLowercaseWord } from './frequent-words.ts';
import { ENGLISH_FUNCTION_WORDS } from './function-words.ts';
import { personAt, type Candidate } from './types.ts';

/**
 * East Asian names written in Latin letters, which the names list holds only in part: a Korean given
 * name is two syllables joined by a hyphen ("Min-jun", "SOO-AH", "Hye-rin"), a Chinese one two pinyin
 * syllables written as one word ("Huimin", "Xiaoming"), a Vietnamese one a middle name from a short set
 * ("Thi", "Van", "Minh") and a given name. Alone, such words are anyone's guess ("no-go" is two Korean
 * syllables too); beside one of the frequent surnames of the same country, in either order and in the
 * same case, they are a person: "PARK MIN-JUN", "Seo Jun-ho", "Ji-woo Bae", "Tan Huimin", "Ngo Thi Huong".
 */
const KOREAN_SURNAMES = new Set(
  'kim lee yi rhee park pak bak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin sin kwon hwang ahn an song yoo yu ryu hong jeon chun ko go moon mun yang son sohn bae baek paik heo huh nam noh roh ha kwak sung seong cha joo ju woo koo gu min na jin ji eom um chae won cheon bang gong hyun ham byun yeo choo do so seok seol ma gil yeon pyo ki ban wang ok yook maeng tak guk'.split(' '),
);
/** One romanised Korean syllable, Revised Romanization and the spellings names keep ("soo", "young", "hee", "ah"). */
const KOREAN_SYLLABLE = String.raw`(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?[yw]?(?:eo|eu|ae|oe|ui|oo|ee|ou|a|e|i|o|u)(?:ng|n|m|l|k|p|t|g|b|h)?`;
const KOREAN_GIVEN = new RegExp(String.raw`^${KOREAN_SYLLABLE}-${KOREAN_SYLLABLE}$`, 'iu');

const CHINESE_SURNAMES = new Set(
  'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian dai mo kong xiang lim ng chan wong cheung leung lau chow yeung tsang goh teo koh ong chua low sim chia toh foo ang loh'.split(' '),
);
const PINYIN_SYLLABLE = String.raw`(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)`;
const CHINESE_GIVEN = new RegExp(String.raw`^${PINYIN_SYLLABLE}${PINYIN_SYLLABLE}$`, 'iu');

const VIETNAMESE_SURNAMES = new Set('nguyen nguyễn tran trần le lê pham phạm hoang hoàng huynh huỳnh phan vu vũ vo võ dang đặng bui bùi do đỗ ho hồ ngo ngô duong dương ly lý trinh trịnh dinh đinh lam lâm mai truong trương'.split(' '));
const VIETNAMESE_MIDDLE = new Set('thi thị van văn duc đức minh thanh ngoc ngọc quoc quốc huu hữu xuan xuân kim hong hồng thu anh tuan tuấn'.split(' '));

/** Every form below has a surname first or second, so a pair with neither is passed over before its case is read. */
const ANY_SURNAME = new Set([...KOREAN_SURNAMES, ...CHINESE_SURNAMES, ...VIETNAMESE_SURNAMES]);

const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)?/gu;

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

export function detectRomanisedNames(text: string): Candidate[] {
  const words = wordsOf(text);
  const found: Candidate[] = [];
  for (let index = 0; index + 1 < words.length; index += 1) {
    const [first, second] = [words[index]!, words[index + 1]!];
    if (!ANY_SURNAME.has(first.lower) && !ANY_SURNAME.has(second.lower)) continue;
    if (!isSpaceBetween(text, first, second) || !sameCase(first.text, second.text)) continue;
    const third = words[index + 2];
    if (third !== undefined && isSpaceBetween(text, second, third) && sameCase(second.text, third.text) && isVietnameseName(first, second, third)) {
      found.push(personAt(first.start, text.slice(first.start, third.end)));
      index += 2;
      continue;
    }
    if (isKoreanPair(first, second) || isChinesePair(first, second)) {
      found.push(personAt(first.start, text.slice(first.start, second.end)));
      index += 1;
    }
  }
  return found;
}

function isKoreanPair(first: Word, second: Word): boolean {
  return (isKoreanSurname(first) && isKoreanGiven(second)) || (isKoreanGiven(first) && isKoreanSurname(second));
}

/**
 * Not a word with a hyphen: one the dictionary has with or without it ("e-mail", "re-run"), a doubled
 * syllable ("ha-ha", "so-so", "yo-yo"), or two short English words ("no-go"; a name like "In-ho" is lost
 * with it).
 */
function isKoreanGiven(word: Word): boolean {
  if (!KOREAN_GIVEN.test(word.text) || isDictionaryWord(word.lower) || isDictionaryWord(word.lower.replace('-', ''))) return false;
  const [first, second] = word.lower.split('-') as [string, string];
  return first !== second && !(first.length <= 2 && second.length <= 2 && isDictionaryWord(first) && isDictionaryWord(second));
}

/** In lower case "an", "so", "do", "go" are English first: "an e-mail", "so re-run it". */
function isKoreanSurname(word: Word): boolean {
  return KOREAN_SURNAMES.has(word.lower) && !(word.text === word.lower && ENGLISH_FUNCTION_WORDS.has(word.lower));
}

/**
 * Surname first only, as Chinese names are written in Chinese order with a two-syllable given name no
 * dictionary lists; capitalised, since in lower case too many words read as pinyin ("the long mongo queries").
 */
function isChinesePair(first: Word, second: Word): boolean {
  return first.text !== first.lower && CHINESE_SURNAMES.has(first.lower) && !second.text.includes('-') && CHINESE_GIVEN.test(second.text) && !isDictionaryWord(second.lower) && !isFrequentLowercaseWord(second.lower);
}

function isVietnameseName(first: Word, second: Word, third: Word): boolean {
  return VIETNAMESE_SURNAMES.has(first.lower) && VIETNAMESE_MIDDLE.has(second.lower) && !third.text.includes('-') && /^\p{Lu}/u.test(third.text) && !isDictionaryWord(third.lower);
}

/**
 * The matches of WORD, in order. A word of plain ASCII letters is read by code — WORD matches exactly its letters
 * when a character other than a letter, a mark or "-" follows — and WORD itself runs from any other character, so
 * the pattern is not called once for every word of every message.
 */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code < 0x80 && !isAsciiLetter(code)) {
      index += 1;
      continue;
    }
    let end = index;
    while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end += 1;
    const next = text.charCodeAt(end);
    // Nothing that can go on: the word is these ASCII letters (NaN past the end).
    if (end > index && (Number.isNaN(next) || (next < 0x80 && next !== 45))) {
      words.push(wordAt(text, index, end));
      index = end;
      continue;
    }
    WORD.lastIndex = index;
    const match = WORD.exec(text);
    if (match === null) break;
    words.push(wordAt(text, match.index, match.index + match[0].length));
    index = match.index + match[0].length;
  }
  return words;
}

function wordAt(text: string, start: number, end: number): Word {
  const word = text.slice(start, end);
  return { start, end, text: word, lower: word.toLowerCase() };
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpaceBetween(text: string, left: Word, right: Word): boolean {
  return right.start === left.end + 1 && text[left.end] === ' ';
}

/** Both capitalised ("Seo Jun-ho"), both in capitals ("PARK MIN-JUN"), or both in lower case. */
function sameCase(left: string, right: string): boolean {
  return caseOf(left) === caseOf(right);
}

function caseOf(word: string): 'upper' | 'lower' | 'title' | 'other' {
  if (word === word.toUpperCase()) return 'upper';
  if (word === word.toLowerCase()) return 'lower';
  const first = word.charAt(0);
  return first === first.toUpperCase() && word.slice(1) === word.slice(1).toLowerCase() ? 'title' : 'other';
}
