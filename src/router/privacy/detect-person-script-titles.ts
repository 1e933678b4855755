import { filteredMatchesOf, startFiltered } from './start-filtered-matches.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Arabic titles with their article, as they stand before a name ("الدكتور خالد"), "and", "so", "with", "as" or "for"
 * joined to them ("للدكتور", "والأستاذة"). Without the article a title is a job ("مهندس برمجيات" is a software
 * engineer, "دكتور أسنان" a dentist, "أستاذ مساعد" an assistant professor).
 */
const ARABIC_TITLE = String.raw`[وف]?(?:[بك]?ال|لل)(?:أستاذة?|استاذة?|سيدة?|دكتورة?|مهندسة?|شيخ|حاج)`;
/** Persian's "Mr" and "Ms" stand only before names; "دکتر", "مهندس" and "استاد" are jobs too, and count only after them. */
const PERSIAN_TITLE = String.raw`(?:جناب[ \t]+)?(?:آقای|خانم)(?:[ \t]+(?:دکتر|مهندس|استاد))?`;
/** Hebrew joins "to" and "and" to the word after them ("למר"); "the", "that", "as" make another word of it ("המר", "שמר", "כמר"). */
const HEBREW_TITLE = String.raw`[לו]?(?:מר|גב['׳]|גברת|ד["״]ר|דר['׳]|עו["״]ד|פרופ['׳]|רו["״]ח|הרב)`;
/** Persian joins the parts of a word with a zero-width non-joiner ("حسین‌زاده"). */
const ARABIC_WORD = String.raw`\p{Script=Arabic}+(?:\u200c\p{Script=Arabic}+)*`;
const HEBREW_WORD = String.raw`\p{Script=Hebrew}[\p{Script=Hebrew}'׳"״]*`;
const TITLED = new RegExp(
  // Titles may stack ("الأستاذ الدكتور محمد"): the name follows the last.
  String.raw`(?<![\p{L}\p{M}])(?:((?:${ARABIC_TITLE})(?:[ \t]+(?:${ARABIC_TITLE}))*|${PERSIAN_TITLE})[ \t]+(${ARABIC_WORD})(?:[ \t]+(${ARABIC_WORD}))?|(${HEBREW_TITLE})[ \t]+(${HEBREW_WORD})(?:[ \t]+(${HEBREW_WORD}))?)`,
  'dgu',
);
/** TITLED opens with a look-behind, which V8 tries at every character: its titles find where to try it (start-filtered-matches.ts). */
const TITLED_STARTS = startFiltered(TITLED);
export const ARABIC_GRAMMAR: ReadonlySet<string> = new Set('من في على إلى الى عن مع أن ان لا ما هذا هذه ذلك التي الذي غدا اليوم و أو ثم قد كان'.split(' '));
export const PERSIAN_GRAMMAR: ReadonlySet<string> = new Set('که را از به با در برای این آن من تو او ما شما گفت گفته است بود شد کرد دارد هست نیست'.split(' '));
const HEBREW_GRAMMAR: ReadonlySet<string> = new Set('על של עם את אל כי גם רק כל זה זו היא הוא הם לא מחר היום אם או יש אין מאוד ממש יותר כך'.split(' '));
const SCRIPT_HINT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const PERSIAN_TITLE_WORD = new RegExp(String.raw`^(?:${PERSIAN_TITLE})$`, 'u');
/** A stacked title's last word read as the name: "جناب آقای دکتر" ends in a title, not a name. */
const ANY_TITLE_WORD = new RegExp(String.raw`^(?:${ARABIC_TITLE}|دکتر|مهندس|استاد)$`, 'u');

/**
 * Arabic, Persian and Hebrew write names without capitals; a title before a name marks it as English's capitals would:
 * "الأستاذة هدى", "الدكتور خالد المنصوري", "آقای رضا محمدی", "מר אבי לוי", "עו"ד רונית שמש". The word after the (last)
 * title is the name (not a noun with the Arabic article: "السيد الرئيس" is Mr President; not a grammar word or a
 * common verb), and the name runs on one word only where a family name stands there: an Arabic one with its article
 * ("المنصوري"), a Persian one in -ی ("محمدی"), or, in Hebrew, any word that is no grammar word ("אבי לוי על…").
 */
export function detectNamesAfterScriptTitles(text: string): Candidate[] {
  if (!SCRIPT_HINT.test(text)) return [];
  const found: Candidate[] = [];
  for (const match of filteredMatchesOf(TITLED_STARTS, text)) {
    const hebrew = match[4] !== undefined;
    const title = hebrew ? match[4]! : match[1]!;
    const persian = !hebrew && PERSIAN_TITLE_WORD.test(title);
    const [firstGroup, secondGroup] = hebrew ? [5, 6] : [2, 3];
    const first = match[firstGroup]!;
    const grammar = hebrew ? HEBREW_GRAMMAR : persian ? PERSIAN_GRAMMAR : ARABIC_GRAMMAR;
    if (grammar.has(first) || ANY_TITLE_WORD.test(first) || (!hebrew && !persian && first.startsWith('ال'))) continue;
    const second = match[secondGroup];
    const familyName = second !== undefined && !grammar.has(second) && (hebrew || (persian ? /ی$/u.test(second) : second.startsWith('ال')));
    const [start] = match.indices![firstGroup]!;
    const end = familyName ? match.indices![secondGroup]![1] : match.indices![firstGroup]![1];
    found.push(personBetween(text, start, end));
  }
  return found;
}
