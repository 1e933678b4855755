import { isDictionaryWord } from './english-dictionary.ts';
import { isHumanName } from './human-names.ts';
import { CJK_SURNAME_STARTS, KOREAN_SURNAMES } from './detect-person-script-text.ts';
import { matchesOf } from './regex-matches.ts';
import { filteredMatchesOf, startFiltered, type StartFilteredPattern } from './start-filtered-matches.ts';
import type { Candidate } from './types.ts';

/**
 * Forms, labels and letters in other languages say whose name follows, as "Name:" and "to the
 * attention of" do in English: "nombre: …", "Imię i nazwisko: …", "kunde": "…", "a nom de …",
 * "op naam van …", "收件人：…", "氏名: …", "받는 분: …". What follows is a person's name when it is the
 * whole field: one to four capitalised words (particles between), or two to eight CJK characters, no
 * digits (an address or a number after the label is another field's business), not a firm or a thing
 * named in common words. Chinese names also come as a surname and a courtesy title ("邓先生", "王女士"):
 * the title says a person is meant.
 */

/** Name labels, as written in forms: lower case or capitalised, spaces as in the label. */
const LABEL_WORDS = [
  'nombre y apellidos', 'nombre y apellido', 'nombre completo', 'nombre', 'apellidos', 'apellido', 'nom complet', 'nom', 'prénom',
  'nome completo', 'nome', 'cognome', 'naam', 'voornaam', 'achternaam', 'imię i nazwisko', 'imię', 'nazwisko', 'jméno a příjmení',
  'jméno', 'příjmení', 'kunde', 'kundin', 'empfängerin', 'empfänger', 'vor- und nachname', 'vor und nachname', 'nachname', 'vorname',
  'cliente', 'destinatario', 'destinataria', 'destinataire', 'ontvanger', 'odbiorca', 'příjemce', 'alıcı', 'ad soyad', 'recipient',
  'addressee', 'consignee', 'получатель', 'фио', 'имя', 'фамилия', 'ім\'я', 'прізвище', 'όνομα', 'επώνυμο', 'nama lengkap', 'nama',
  'pangalan', 'họ và tên', 'họ tên', 'tên', 'adı soyadı', 'isim', 'ชื่อ',
  // Who pays, receives, asks or handles, in Spanish and Portuguese receipts and tickets ("Ordenante:", "Favorecido:", "Asignado a:").
  'titular', 'ordenante', 'beneficiario', 'beneficiaria', 'beneficiário', 'beneficiária', 'favorecido', 'favorecida', 'remitente', 'remetente',
  'solicitante', 'asignado a', 'asignada a', 'atribuído a', 'atribuída a', 'responsável', 'atendido por', 'atendida por',
];
const LABEL = `(?:${LABEL_WORDS.map(capitalisable).join('|')}|收件人|收货人|联系人|姓名|氏名|名前|宛名|受取人|お名前|이름|성명|성함|받는\\s?분|수령인|수취인)`;
/** One to four capitalised words, particles between: "Mehmet Yıldırım", "Rocío Navarro Gil", "Milan de Groot". */
const VALUE_LATIN = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:de|del|la|van|von|der|den|da|dos|di|du|le|y|i)[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;
/** A label, its colon or `"key": "` and the value, in JSON, a form line or a CSV-like field. */
const LABELLED = new RegExp(String.raw`(?<![\p{L}])["']?${LABEL}["']?[ \t]*[:：=][ \t]*["'“]?(${VALUE_LATIN}|[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,8}(?:[ \t　][\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}ー]{1,6})?|\p{Script=Thai}{2,20}(?:[ \t]\p{Script=Thai}{2,20})?)`, 'gu');
/**
 * Travel and identity records write the field and its value in capitals without a colon: "surname WATANABE given KENJI",
 * "GIVEN NAMES ANA MARIA". Only a value in capitals, so that "surname is required" and "given Monday's outage" stay prose.
 */
const CAPITALS_LABELLED = /(?<![\p{L}])([sS]urname|SURNAME|[gG]iven(?:[ \t]+[nN]ames?)?|GIVEN(?:[ \t]+NAMES?)?|[fF]irst[ \t]+[nN]ames?|FIRST[ \t]+NAMES?|[lL]ast[ \t]+[nN]ame|LAST[ \t]+NAME|[fF]amily[ \t]+[nN]ame|FAMILY[ \t]+NAME)[ \t]+(\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:[ \t]\p{Lu}[\p{Lu}'’-]*\p{Lu}){0,2})(?![\p{L}\d(])/gu;
/** "given" alone is an English word ("Given API returns 500"): it labels a field only after a surname's field on its line. */
const SURNAME_FIELD_BEFORE = /(?:surname|last[ \t]+name|family[ \t]+name)[ \t]+\S/iu;
/**
 * Name labels of scripts without capitals, and the name after them in the same script: Hindi "नाम: अनिल कुमार वर्मा",
 * Marathi "नाव: सायली गोखले", Bengali "নাম:", Punjabi "ਨਾਮ:", Tamil "பெயர்:", Telugu "పేరు:", Kannada "ಹೆಸರು:",
 * Malayalam "പേര്:", Arabic "الاسم:" (also "الاسم بالكامل:", and a recipient's, a client's, an employee's: "اسم المستلم:"),
 * Persian and Urdu "نام:", Hebrew "שם:" / "שם מלא:". One to four words, Persian's joined with a zero-width non-joiner.
 */
const SCRIPT_NAME_LETTERS = String.raw`[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Arabic}\p{Script=Hebrew}\p{M}\u200c]`;
/** A letter of the Hebrew, Arabic or Indic scripts: without one, SCRIPT_LABELLED has nothing to find. */
const UNCASED_SCRIPT = /[\u0590-\u06ff\u0900-\u0dff]/u;
const SCRIPT_LABELLED = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:पूरा नाम|नाम|पूर्ण नाव|संपूर्ण नाव|नाव|পূর্ণ নাম|নাম|ਨਾਮ|பெயர்|పేరు|ಹೆಸರು|പേര്|الاسم (?:الكامل|بالكامل|الثلاثي)|[إا]سم (?:المستلم|العميل|الموظف|الموظفة|الطالب|المريض|صاحب الحساب)|الاسم|[إا]سم|نام|שם מלא|שם)[ \t]*[:：][ \t]*(${SCRIPT_NAME_LETTERS}{2,}(?:[ \t]${SCRIPT_NAME_LETTERS}{2,}){0,3})`,
  'gu',
);
/**
 * Chinese, Japanese and Korean forms often leave the colon out: "姓名 王思琪", "氏名 山口陽菜", "이름 김민준". The
 * label, a space, then two to four Han or Hangul characters that end there (a name, not a sentence) and
 * open with a frequent surname ("姓名 必填", "name: required", is a form's own text).
 */
const SPACED_CJK_LABELLED = /(?:姓名|氏名|名前|宛名|收件人|收货人|收貨人|联系人|聯絡人|聯繫人|이름|성명|성함|수령인)[ \t\u3000]+(\p{Script=Han}{2,4}|\p{Script=Hangul}{2,4})(?![\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}])/gu;
/** "a nom de Jordi Puigvert", "au nom de Lemaire", "a nombre de …", "em nome de …", "op naam van …", "im Namen von …", "na jméno …". */
const NAME_AFTER = String.raw`(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:de|del|van|von|da|di|le|la)[ \t]+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3})`;
const ON_BEHALF = new RegExp(String.raw`(?<![\p{L}])(?:(?:[aA]u?|[àÀ]|[eE]n)\s+nom\s+de|[aA]\s+nombre\s+de|[eE]m\s+nome\s+de|[aA]\s+nome\s+di|[oO]p\s+naam\s+van|[iI]m\s+Namen\s+von|[nN]a\s+jméno)[ \t]+${NAME_AFTER}`, 'gu');
/**
 * A Chinese surname and courtesy title: "邓先生", "请联系王女士", "李小姐". Running text has no spaces,
 * so the one character before the title is taken where a name starts — after a space or punctuation, or
 * after "联系", "找", "给", "请"… — unless it is a grammar character ("各位女士", "这位先生"); "先生成"
 * and "先生产" are 先 + 生成/生产, not the title. "老师" is left out, since a subject comes before it as
 * often as a surname ("数学老师").
 */
const SURNAME_TITLE = /(?<=^|[^\p{Script=Han}]|联系|找|给|问|请|和|与|致|收件人|联系人)[\p{Script=Han}](?<![位的个们和与及或是在对给向请各这那每先生])(?=(?:先生|女士|小姐|太太)(?![成产效活命长态]))/gu;
/**
 * Who attended, as Chinese, Japanese and Korean minutes list them: "出席者：高橋 蓮、中村 さくら", "参会人：张伟（产品）、
 * 刘洋（研发）", "참석: 최유진 매니저, 정하늘". After the label and its colon, each item between 、，, opens with the
 * person: a run of Han, kana or Hangul (a Japanese surname and given name may stand apart, "高橋 蓮"), before a
 * bracketed role, a role word after a space or the item's end, opening with a surname. Items in Latin letters are
 * the other passes'.
 */
const ATTENDEE_LIST = /(?:出席者|出席|参加者|參加者|参会人员|参会人|參會人|与会者|与会人员|與會者|참석자|참석|참가자)[ \t]*[:：][ \t]*([^\n]{1,240})/gu;
const ATTENDEE_ITEM = /[^、，,;；]+/gu;
const ATTENDEE_NAME = /^[ \t\u3000]*([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,4}(?:[ \t\u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,4})?|\p{Script=Hangul}{2,4})(?=[ \t\u3000]*(?:[（(]|$)|[ \t\u3000]+\p{Script=Hangul}{1,4}[ \t\u3000]*$)/u;
const SHORTEST_ATTENDEE = 2;
/** The words for everyone, which open with a surname's character too (모 and 전 are Korean surnames): an item that opens with one is no one. */
const EVERYONE: readonly string[] = ['모두', '모든', '전원', '전체', '全员', '全員', '全体', '大家', '所有人', '各位', '本人'];
/** A team, a department or "only": "기획팀", "开发组", "営業部", "本人のみ" name no one. */
const NOT_A_PERSON_END = /(?:팀|부|과|실|센터|본부|组|組|部|团队|團隊|チーム|課|のみ|だけ)$/u;

function attendeeNames(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const list of matchesOf(ATTENDEE_LIST, text)) {
    const listStart = list.index + list[0].length - list[1]!.length;
    for (const item of list[1]!.matchAll(ATTENDEE_ITEM)) {
      const name = ATTENDEE_NAME.exec(item[0]);
      const value = name?.[1];
      // A person's name opens with a surname: "全员" (everyone), "会议室A" are no one.
      if (value === undefined || value.replace(/[ \t\u3000]/gu, '').length < SHORTEST_ATTENDEE || EVERYONE.some((word) => value.startsWith(word)) || NOT_A_PERSON_END.test(value) || !(CJK_SURNAME_STARTS.has(value[0]!) || KOREAN_SURNAMES.has(value[0]!))) continue;
      const start = listStart + item.index + name!.index + name![0].indexOf(value);
      found.push({ type: 'PERSON', start, end: start + value.length, value });
    }
  }
  return found;
}

/** The labels' hints in Latin letters, and in other scripts (asked only of text that has a letter outside ASCII). */
const HAS_LABEL_HINT = /nom|nam|imi|jm|kund|empf|client|destinat|ontvang|odbior|ad soyad|isim|recipient|addressee|consignee|pangalan/i;
const HAS_OTHER_LABEL_HINT = /ชื่อ|出席|参加|參加|参会|參會|与会|與會|참석|참가|příjem|alıcı|adı|İsim|имя|фамил|ім'я|прізв|όνομα|επώνυμο|tên|नाम|नाव|নাম|ਨਾਮ|பெயர்|పేరు|ಹೆಸರು|പേര്|اسم|نام|שם|收|联系人|聯絡人|聯繫人|姓名|氏名|名前|宛名|受取|이름|성명|성함|받는|수령|수취|先生|女士|小姐|太太/iu;
const NON_ASCII = /[^\x00-\x7f]/;
/** What a form's field holds before anyone fills it: "last name TBD", "GIVEN NAMES N/A". */
const FORM_FILLERS: ReadonlySet<string> = new Set('tbd tba tbc na n/a none null nil unknown required optional redacted xxx blank same todo fixme'.split(' '));
const DIGIT = /\d/u;
const FIRM_WORD = /\b(?:corp|corporation|inc|ltd|llc|gmbh|ag|sa|srl|bv|plc|co|company|group|team|bank|bahn)\.?$/iu;

/** A word of a name in capitals: a listed name ("SMITH", "JOHN"), or no English word ("WATANABE", "O'BRIEN"); not "VARCHAR", "API", "TODO". */
function isNameShaped(word: string): boolean {
  const bare = word.replace(/['’-]/gu, '');
  return isHumanName(word) || (bare.length >= 3 && !isDictionaryWord(bare.toLowerCase()) && !SQL_AND_CODE_WORDS.has(bare.toLowerCase()));
}

const SQL_AND_CODE_WORDS: ReadonlySet<string> = new Set('varchar nvarchar char text int integer bigint string str null todo fixme tbd api sdk url uri json xml html uuid'.split(' '));

function isThingName(value: string): boolean {
  if (FIRM_WORD.test(value)) return true;
  const words = value.split(/[ \t]+/u);
  return /^[A-Za-z ]+$/u.test(value) && words.every((word) => isDictionaryWord(word.toLowerCase()));
}

/**
 * The patterns that open with a look-behind, which V8 tries at every character, with their start filters: their
 * labels' words find where to try them (start-filtered-matches.ts). The same matches, in the same order.
 */
const LABEL_STARTS: ReadonlyMap<RegExp, StartFilteredPattern> = new Map([LABELLED, ON_BEHALF, SCRIPT_LABELLED].map((pattern) => [pattern, startFiltered(pattern)]));
const SURNAME_TITLE_STARTS = startFiltered(SURNAME_TITLE);

/** "nombre y apellidos" → "[nN]ombre\\s+y\\s+apellidos": the label lower case or capitalised, any spaces. */
function capitalisable(label: string): string {
  const first = label[0]!;
  return `[${first}${first.toUpperCase()}]${label.slice(1).replace(/\s+/gu, '\\s+')}`;
}

/**
 * "Kundin: Ja, SCH-2024-7718", "Cliente : Bonjour, j'appelle…": in a call's transcript a client's label opens each of their
 * turns and what follows is what they said. A role's label that opens two lines or more is a speaker, not a form's field.
 */
const SPEAKING_ROLES: ReadonlySet<string> = new Set(['kunde', 'kundin', 'cliente', 'client', 'solicitante']);

function isSpeakerOfTranscript(text: string, match: RegExpExecArray): boolean {
  const label = /\p{L}+/u.exec(match[0])?.[0]?.toLowerCase() ?? '';
  if (!SPEAKING_ROLES.has(label)) return false;
  const opening = new RegExp(String.raw`(?:^|\n)[ \t]*${label}[ \t]*:`, 'giu');
  return (text.match(opening)?.length ?? 0) >= 2;
}

export function detectNameLabels(text: string): Candidate[] {
  if (!HAS_LABEL_HINT.test(text) && !(NON_ASCII.test(text) && HAS_OTHER_LABEL_HINT.test(text))) return [];
  const found: Candidate[] = [];
  for (const pattern of UNCASED_SCRIPT.test(text) ? [LABELLED, SPACED_CJK_LABELLED, ON_BEHALF, SCRIPT_LABELLED] : [LABELLED, SPACED_CJK_LABELLED, ON_BEHALF]) {
    const starts = LABEL_STARTS.get(pattern);
    for (const match of starts === undefined ? matchesOf(pattern, text) : filteredMatchesOf(starts, text)) {
      const value = match[1]!.replace(/[.'’-]+$/u, '');
      if (pattern === SPACED_CJK_LABELLED && !CJK_SURNAME_STARTS.has(value[0]!) && !KOREAN_SURNAMES.has(value[0]!)) continue;
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 1);
      // The whole field is the name: not "Informe Trimestral" of "Informe Trimestral Q3", nor a firm ("Acme Corp") or a thing of common words ("Test Suite").
      if (value.length < 2 || DIGIT.test(value) || /^[\p{L}\d@_]/u.test(after) || isThingName(value)) continue;
      if (pattern === LABELLED && isSpeakerOfTranscript(text, match)) continue;
      const start = match.index + match[0].lastIndexOf(match[1]!);
      found.push({ type: 'PERSON', start, end: start + value.length, value });
    }
  }
  for (const match of filteredMatchesOf(SURNAME_TITLE_STARTS, text)) found.push({ type: 'PERSON', start: match.index, end: match.index + match[0].length, value: match[0] });
  if (/given|surname|name/iu.test(text)) {
    for (const match of matchesOf(CAPITALS_LABELLED, text)) {
      const [, label = '', value = ''] = match;
      if (/^given$/iu.test(label) && !SURNAME_FIELD_BEFORE.test(text.slice(text.lastIndexOf('\n', match.index) + 1, match.index))) continue;
      if (FORM_FILLERS.has(value.toLowerCase()) || !value.split(/[ \t]+/u).some(isNameShaped)) continue;
      const start = match.index + match[0].lastIndexOf(value);
      found.push({ type: 'PERSON', start, end: start + value.length, value });
    }
  }
  if (NON_ASCII.test(text)) found.push(...attendeeNames(text));
  return found;
}
