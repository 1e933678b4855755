/**
 * Arabic, Persian and Hebrew write names without capitals; a title before a name marks it as English's capitals
 * would: "الأستاذة هدى", "الدكتور خالد المنصوري", "آقای رضا محمدی", "מר אבי לוי", "עו\"ד רונית שמש". The name runs
 * on after the title's first word only as far as a family name reaches — an Arabic one with its article ("المنصوري"),
 * a Persian one in -ی — or, in Hebrew, one more word before a function word. Written before the rule.
 */
import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

describe('PERSON: a name after a title in Arabic, Persian or Hebrew script', () => {
  it.each([
    ['الأستاذة هدى، الاجتماع تأجل إلى يوم الخميس', ['هدى']],
    ['أرسل التقرير إلى الدكتور خالد المنصوري غدا', ['خالد المنصوري']],
    ['لطفا به آقای رضا محمدی اطلاع دهید', ['رضا محمدی']],
    ['תודה למר אבי לוי על העזרה', ['אבי לוי']],
    ['לכבוד עו"ד רונית שמש, מצורף החוזה', ['רונית שמש']],
    ['الأستاذ الدكتور محمد العتيبي يرأس اللجنة', ['محمد العتيبي']],
  ])('finds the person in %j', (text, names) => {
    expect(foundOfType(text, 'PERSON')).toEqual(names);
  });

  it.each([
    'السيد الرئيس يصل غدا',
    'המר והמתוק',
    'دکتر گفت که استراحت کنم',
    // A fresh-eyes review's: a title without its article is a job, "حاجة" is a thing, "م." is p.m., "שמר" is "guarded".
    'مطلوب مهندس برمجيات بخبرة خمس سنوات',
    'عندي حاجة مهمة لازم أقولها',
    'الاجتماع الساعة 5 م. بتوقيت مكة',
    'استاد دانشگاه تهران',
    'הוא שמר עליה כל הזמן',
    'טעם מר מאוד בקפה',
  ])('leaves %j alone', (text) => {
    expect(foundOfType(text, 'PERSON')).toEqual([]);
  });
});
