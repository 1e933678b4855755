import { sentenceAround } from './sentence-position.ts';

/**
 * What says a name is spoken of the way people speak of the famous — the public half of public-figures.ts: its work
 * after its possessive ("Satya Nadella's keynote", "'s memoir", "'s "…" line"), a frame only the famous are put in
 * ("very Ted Lasso energy", "it's giving …", "named after …", "… tickets", "…-level", "… would've", a name in
 * quotation marks of its own), news said of it ("announced", "tweeted", "is touring", "said on the earnings call"),
 * or — for a distinctive name only — a word of the public world anywhere in its sentence (a keynote, a film, a
 * quiz, a tour, an election).
 */
/** The name's public work after its possessive: "'s keynote", "'s new album", "' LKML comments", "'s Nobel lecture". */
const PUBLIC_WORK_AFTER =
  /^['’]s?\s+(?:["“‘«]|(?:(?:\p{L}+|\d{4})\s+){0,4}?(?:keynotes?|talks?|speech(?:es)?|lectures?|books?|novels?|novellas?|memoir|biography|autobiography|essays?|articles?|blog|op-ed|columns?|podcast|albums?|songs?|singles?|tour|concerts?|shows?|films?|movies?|trailer|documentary|series|episodes?|tweets?|quotes?|line|catchphrase|story|theorem|principle|paintings?|portrait|statue|interviews?|remarks|testimony|campaign|administration|government|cabinet|presidency|reign|startup|fund|foundation|empire|recipes?|cookbook|goals?|career|legacy|razor|paradox|conjecture|equation|letter|announcement|comments)\b)/iu;

/** A frame only the famous are put in, before the name: "very …", "it's giving …", "named after …", "the late …". */
const PUBLIC_FRAME_BEFORE =
  /(?:^|[^\p{L}])(?:very|giving|(?:re-?)?read(?:ing)?|pull(?:ed|ing)?\s+an?|channel+ing|quote\s+(?:from|by)|quoting|(?:huge|big)?\s*fan\s+of|biography\s+of|biopic\s+(?:of|about)|named\s+after|\(\s*after|the\s+late|president|prime\s+minister|king|queen|pope|saint|sir|dame|senator|chancellor|(?:haiku|poem|limerick|song|rap|sonnet|joke|quiz|trivia)\s+(?:about|on|for))\s+$/iu;

/** Frames after the name: "… energy", "… tickets", "… recipe", "… film", "…-level", "… themed", "… would've", and news said of it. */
const PUBLIC_FRAME_AFTER =
  /^(?:['’]s)?(?:-(?:level|style|esque|themed|inspired)\b|\s+(?:energy|vibes|moment|fans?|tickets|concert|tour|biopic|memes?|recipes?|albums?|films?|movies?|novels?|documentary|memoir|keynote|podcast|songs?|lyrics|paintings?|cosplay|costume|impression|lookalike|jersey|poster|quotes?|themed|era|would(?:['’]ve|\s+have|\s+never|\s+be\s+proud)|(?:just\s+)?(?:announced?|announces|tweeted|tweets|unveiled|launched|released|resigned|testified|keynoted|headlined|scored|starred|sang|went\s+viral|broke\s+(?:the|a|his|her|another)|won\s+(?:the|a|an|his|her|their|another)|was\s+elected|(?:is|was)\s+(?:touring|headlining|performing|playing\s+(?:at|in|the|a|\p{Lu}))|(?:is\s+|was\s+)?(?:speaking|spoke)\s+at|ranting|narrat(?:ing|ed|es)|reigned|retir(?:ing|ed)|came\s+out\s+of\s+retirement|(?:co-)?invented|discovered|scor(?:ing|ed)\s+(?:from|in|a|the|his|her|twice)|winning\s+(?:the|a|an|his|her)|on\s+stage|(?:still\s+)?playing\s+(?:at\s+\d+|a\s+stadium)|said\s+(?:on|at|in)\s+(?:the|an?|his|her|their)\s+(?:\p{L}+\s+)?(?:keynote|interview|podcast|earnings|conference|summit|panel|show|press|speech|hearing|stream|video|documentary)))\b)/iu;

/**
 * Words of the public world, anywhere in the name's sentence: "… at the conference", "book club", "quiz", "tour".
 * Read only for a name that is not two everyday name words: "Sam Smith is going to the concert with me" may be a
 * colleague, "Mondo Duplantis broke the record" is not.
 */
const PUBLIC_WORLD =
  /\b(?:keynotes?|conference|summit|earnings\s+call|press\s+conference|podcast|youtube|netflix|hbo|spotify|films?|movies?|cinema|book\s+club|novels?|biography|memoir|albums?|concerts?|tour|world\s+cup|olympics?|grand\s+prix|premier\s+league|champions\s+league|nba|nfl|oscars?|emmys?|grammys?|nobel|election|president|prime\s+minister|senator|parliament|congress|wikipedia|quiz|trivia|memes?|characters?|episodes?|sitcom|fictional|personas?|playlist|mascot|celebrit(?:y|ies)|celeb|famous|legend|biopic|public\s+domain|world\s+record|box\s+office|debate|bingo|sweepstakes?|fantasy\s+(?:league|team|week)|f1|cricket|football|tennis|stadium|gig|award|trophy|medal|champion(?:ship)?s?|league|retire(?:d|ment)?|trailer|imax|premiere|lyrics|singalong|painting|author|actor|actress|singer|rapper|director|scientist|inventor|physicist|mathematician|economist|philosopher|misattributed|history|historical|billionaire|investor|youtuber|influencer|tiktok|instagram|posters?|merch|hoodie|mug|haiku|poem|reading\s+list|documentary|nobel|prize|meeting\s+rooms?|rooms?\s+(?:names?|named)|named\s+after)\b/iu;

/** A name in quotation marks of its own is a title — a film's, a book's, a song's: "is "Forrest Gump" an ok example". */
const QUOTE_BEFORE = /["“'‘]$/u;

const QUOTE_AFTER = /^["”'’]/u;

/** Where a title stands: the list it heads or ends, its own last word's end before a possessive. */
export interface TitleSpan {
  /** The first list member's start. */
  start: number;
  /** The last list member's end. */
  end: number;
  /** Where the title's own name ends, before its possessive. */
  nameEnd: number;
  /** Where the title's last word ends, possessive included. */
  lastEnd: number;
  /** Not two everyday name words ("Sam Smith"), which anyone may be called: the sentence's words count too. */
  distinctive: boolean;
}

export function isSpokenOfAsPublic(text: string, span: TitleSpan): boolean {
  if (QUOTE_BEFORE.test(text.slice(Math.max(0, span.start - 1), span.start)) && QUOTE_AFTER.test(text.slice(span.end, span.end + 1))) return true;
  if (PUBLIC_WORK_AFTER.test(text.slice(span.nameEnd, span.nameEnd + 48)) || PUBLIC_FRAME_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start))) return true;
  if (PUBLIC_FRAME_AFTER.test(text.slice(span.nameEnd, span.nameEnd + 64)) || (span.end !== span.lastEnd && PUBLIC_FRAME_AFTER.test(text.slice(span.end, span.end + 64)))) return true;
  return span.distinctive && PUBLIC_WORLD.test(sentenceAround(text, span.start, span.end));
}
