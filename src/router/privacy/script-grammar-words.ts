import { createRequire } from 'node:module';
import { foldArabicScript } from './arabic-script-names.ts';

/**
 * The grammar words of languages written in scripts without capitals — pronouns, postpositions, auxiliaries, particles,
 * the commonest adverbs — from the `stopwords-iso` package (Hindi, Marathi, Bengali, Persian, Arabic, Hebrew), with
 * the ones it lacks: Nepali's, Urdu's (its Urdu list is mis-encoded: "بھی" stands there as "ثھی") and the spoken Arabic
 * of the Levant, Egypt, the Gulf and the Maghreb ("مين" who, "شو" what, "اللي" which), spoken Persian's "to be" ("باشه"). A name read in such a script must be
 * none of them: "सब" (all) reads "saba" and "है" (is) "hai", both in the names list. Loaded on first use; Arabic-script
 * words are compared folded (foldArabicScript), so Persian and Urdu spellings of one word are one.
 */
let grammar: ReadonlySet<string> | undefined;

const LANGUAGES = ['hi', 'mr', 'bn', 'fa', 'ar', 'he'] as const;
const words = (list: string): string[] => list.trim().split(/\s+/u);
/** Nepali's pronouns, case endings written apart, auxiliaries and particles. */
const NEPALI = words('म मेरो हामी तिमी तिम्रो तपाईं तपाई उ उनी उसको यो त्यो यी ती को का की लाई ले बाट मा सँग देखि सम्म पनि नि त र वा कि छ छन् छु छौं हो होइन हुन्छ भयो थियो थिए गर्छ गर्नु आज भोलि हिजो अब अनि');
/** Urdu's. */
const URDU = words(`
  ہے ہیں تھا تھی تھے بھی ہی تو کا کی کے کو نے سے میں پر اور یا نہیں نہ کیا کیوں کب کہاں کون جو یہ وہ اس ان آپ ہم تم میرا میری
  میرے ہمارا ہماری ہمارے کر کرو کریں گا گی گے جی ہاں جہاں وہاں یہاں اب پھر بہت سب کچھ ساتھ لیے والا والی والے`);
/** Spoken Arabic's question words, demonstratives, relatives, negations and adverbs. */
const SPOKEN_ARABIC = words(`
  مين شو ليش وين فين ايش إيش كيف كيفك امتى إمتى قديش هيك هلق هلأ دلوقتي النهاردة بكرة بكره بكرا امبارح مبارح هاد هادا هاي
  هيدا هيدي هذول دول ده دي اللي الي للي علشان عشان مش مو كمان برضو بس يعني خلص يلا زي لسه لسا ليه إيه ايه ازاي ازيك واش
  ديال كاين كاينة بزاف دابا شي حتى كتير كثير جزيلا جزيلاً`);
/** Persian's spoken forms of "to be" that read as names ("باشه", okay / may it be; "بشه"). */
const SPOKEN_PERSIAN = words('باشه بشه باشد باشید هست نیست');

/**
 * Entries of the package's lists that are no grammar words: its Marathi list, counted from news text, holds the surname
 * "पाटील" (Patil), one of Maharashtra's commonest.
 */
const NOT_GRAMMAR: ReadonlySet<string> = new Set(['पाटील']);

export function isScriptGrammarWord(word: string): boolean {
  grammar ??= load();
  return grammar.has(word) || grammar.has(foldArabicScript(word));
}

function load(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const lists = require('stopwords-iso/stopwords-iso.json') as Readonly<Record<string, readonly string[]>>;
  const all = [...LANGUAGES.flatMap((language) => lists[language] ?? []), ...NEPALI, ...URDU, ...SPOKEN_ARABIC, ...SPOKEN_PERSIAN].filter((word) => !NOT_GRAMMAR.has(word));
  return new Set([...all, ...all.map(foldArabicScript)]);
}
