/**
 * Given names alone in Hebrew text (detect-person-hebrew-given.ts, with Israel's name tables from `hebrew-names`):
 * a listed name counts where the sentence puts a person, and a name that is also a word ("אור" light, "טל" dew) only
 * in the strong places. Sentences of our own, not from the evaluation sets.
 */
import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../src/router/privacy/index.ts';
import { isHebrewScriptFamilyName, isHebrewScriptGivenName } from '../../src/router/privacy/hebrew-script-names.ts';

const persons = (text: string): string[] => detectEntities(text).filter((entity) => entity.type === 'PERSON').map((entity) => entity.value);

describe("Israel's name tables", () => {
  it('hold given names of every community and family names, in Hebrew letters', () => {
    for (const name of ['נדב', 'שקד', 'מוחמד', 'ג\'סיקה', 'אורית']) expect(isHebrewScriptGivenName(name), name).toBe(true);
    for (const name of ['כהן', 'אזולאי', 'פרידמן']) expect(isHebrewScriptFamilyName(name), name).toBe(true);
    expect(isHebrewScriptGivenName('שולחן')).toBe(false);
  });
});

describe('Hebrew given names where the sentence puts a person', () => {
  it('after a verb of sending or telling with "to", and the names joined to it by "and" or "or"', () => {
    expect(persons('העברתי לנדב ולאורית את הסיכום')).toEqual(['נדב', 'אורית']);
    expect(persons('תגיד ל-שקד שהפגישה זזה')).toEqual(['שקד']);
    expect(persons('תפנו ליונתן או למיכל אם יש שאלות')).toEqual(['יונתן', 'מיכל']);
  });

  it('after hearing or receiving "from", and after "depends on"', () => {
    expect(persons('קיבלתי מעידו את הקבצים')).toEqual(['עידו']);
    expect(persons('זה תלוי באסף, לא בי')).toEqual(['אסף']);
  });

  it('after "with", "at someone\'s" and the object marker, which a common noun takes with its article', () => {
    expect(persons('נפגשתי עם גלעד בקפיטריה')).toEqual(['גלעד']);
    expect(persons('המחשב אצל תמר בבית')).toEqual(['תמר']);
    expect(persons('מישהו ראה את אור היום?')).toEqual(['אור']);
    expect(persons('מישהו ראה את האור בחדר השרתים?')).toEqual([]);
  });

  it('the owner of a personal thing, and a kin word before "של"', () => {
    expect(persons('הטלפון של רונית לא זמין')).toEqual(['רונית']);
    expect(persons('אבא של ליאור מאושפז, הוא לא יגיע')).toEqual(['ליאור']);
  });

  it('opening a clause before what people do, with a family name, or "from the …"', () => {
    expect(persons('נועה לוי בחופש עד יום ראשון')).toEqual(['נועה לוי']);
    expect(persons('צביקה מהמחסן מחפש את ההזמנה')).toEqual(['צביקה']);
    expect(persons('אמרו לי שאביגיל תטפל בזה')).toEqual(['אביגיל']);
  });

  it('greeted, called, signed, and in lists and rows', () => {
    expect(persons('בוקר טוב אור! ראית את המייל?')).toEqual(['אור']);
    expect(persons('ליאת, הדוח מוכן לשליחה')).toEqual(['ליאת']);
    expect(persons('כל הפרטים מצורפים.\nבברכה, אליהו')).toEqual(['אליהו']);
    expect(persons('צוות הדמו: מיכל, דנה ועמית')).toEqual(['מיכל', 'דנה', 'עמית']);
    expect(persons('תורנות:\nא׳ – אליעזר\nב׳ – יונתן')).toEqual(['אליעזר', 'יונתן']);
  });

  it('a full name standing alone in a field', () => {
    expect(persons('השוכר: יוסי כהן, טלפון בהמשך')).toEqual(['יוסי כהן']);
  });
});

describe('Hebrew names as chat writes them', () => {
  it('a mention, "I and" someone, a name after a time word, a team in Latin letters after "from the"', () => {
    expect(persons('@נדב תעיף מבט ב-PR')).toEqual(['נדב']);
    expect(persons('מחר אני ושקד טסים ללקוח')).toEqual(['שקד']);
    expect(persons('אתמול גלעד פתח את הטיקט')).toEqual(['גלעד']);
    expect(persons('מיכל מה-QA מצאה את הבאג')).toEqual(['מיכל']);
  });

  it('a plainer spelling of a listed name, a family name of two words, and a second full name after "and"', () => {
    expect(persons('ראיתי את עמרי במטבח')).toEqual(['עמרי']);
    expect(persons('השוכר: יואב בן חיים, טלפון בהמשך')).toEqual(['יואב בן חיים']);
    expect(persons('תתאם עם דנה כהן ויעל לוי')).toEqual(['דנה כהן', 'יעל לוי']);
  });
});

describe('Hebrew inside an English message', () => {
  it('masks a listed name, or any run after a person cue, and leaves a Hebrew word alone', () => {
    expect(persons('can you check with אביטל about the invoice')).toEqual(['אביטל']);
    expect(persons('ping דימה re the outage')).toEqual(['דימה']);
    expect(persons('is the דוח ready for the board?')).toEqual([]);
    expect(persons('reminder: the סטנדאפ moved to 10:30')).toEqual([]);
    expect(persons('the build is green, ship it? אין סיבה לחכות')).toEqual([]);
  });
});

describe('Hebrew words that are names, used as words', () => {
  it('stay when nothing puts a person there', () => {
    for (const text of ['אור ירוק ב-CI, אפשר למזג', 'קמתי עם שחר כדי להספיק', 'אביב כבר פה', 'טל ומטר לברכה', 'ים של טיקטים היום', 'שמחה גדולה במשרד'])
      expect(persons(text), text).toEqual([]);
  });

  it('a construct pair, a number, the people of Israel, thanks and an interjection are no one', () => {
    for (const text of ['תביא את בית הספר לדיון', 'עבדנו עם שני מפתחים חיצוניים', 'עם ישראל חי', 'תודה רבה לכולם', 'טוב תקשיב, יש בעיה', 'מזל, כמעט מחקתי הכל', 'הגענו במקום שני בתחרות'])
      expect(persons(text), text).toEqual([]);
  });

  it('a rare name that is a word opens a clause as the word, and "from" a name that is a word is the word', () => {
    for (const text of ['שדה תעופה סגור היום', 'נוף מטורף מהמשרד', 'קניתי מים לכולם', 'הכל תלוי במזל, אין מה לעשות'])
      expect(persons(text), text).toEqual([]);
  });

  it('a day, an article\'s noun, a verb\'s plural and the Bible\'s epithets are no one', () => {
    expect(persons('יום ראשון סדנה, יום שני חופש')).toEqual([]);
    expect(persons('שולחים את הקבצים מחר')).toEqual([]);
    expect(persons('כמו משה רבנו במדבר')).toEqual([]);
  });
});
