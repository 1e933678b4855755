/**
 * What says a name is spoken of the way people speak of the famous — the public half of public-figures.ts. Only
 * words that are not also the words of ordinary work and life count: two fresh-eyes reviews found colleagues,
 * patients and pupils released by "interview", "quote", "resigned", "won the raffle", "conference call", "history of
 * asthma", "the late …" and "poem for …". What is left: works only the famous have after their possessive ("'s
 * memoir", "'s new album", "'s theorem"), a meme's frame ("very Ted Lasso energy", "it's giving …", "…-level",
 * "…-esque"), an office only the famous hold before the name ("President …", "King …"), what a thing is named after
 * ("named after …", "(after …)"), a title word before a name in quotation marks ("the film "Forrest Gump""), a win
 * or an election that makes the news ("won the Ballon d'Or", "was elected prime minister") — and, for a distinctive
 * name only, a word of the world of fame anywhere in its sentence (the Oscars, the World Cup, a biopic, a sitcom).
 */

/** Works only the famous have, after the possessive: "'s memoir", "'s new album", "'s Nobel lecture", "'s theorem". */
const PUBLIC_WORK_AFTER =
  /^['’]s?\s+(?:(?:\p{L}+|\d{4})\s+){0,3}?(?:memoirs?|autobiography|albums?|discography|filmography|biopic|documentary|theorem|paradox|conjecture|nobel\s+lecture|world\s+record)\b/iu;
/**
 * Before the name: a meme's frame, what a thing is named after, or an office only the famous hold, written as a title at a
 * sentence's start or after "the", "former", a country ("President Obama", "the late King…") — not "union president …",
 * "class president …", which a colleague holds.
 */
const PUBLIC_FRAME_BEFORE =
  /(?:^|[^\p{L}])(?:very|(?:it['’]?s\s+)?giving|named\s+after|\(\s*(?:named\s+)?after)\s+$|(?:^|[.!?:;,(\n]\s*|(?:^|[^\p{L}])(?:the|former|ex-?|then|late|us|u\.s\.|uk|french|german)\s+)(?:President|Prime\s+Minister|King|Queen|Pope|Saint|Senator|Chancellor)\s+$/u;
/** After the name: a coinage on it ("…-level", "…-esque"), its biopic, a win or an election the news reports. */
const PUBLIC_FRAME_AFTER =
  /^(?:['’]s)?(?:-(?:level|style|esque|themed|inspired)\b|\s+(?:biopic|lookalike|impersonator|won\s+(?:the|an?|his|her|their|another|a\s+record)\s+(?:\d{4}\s+|\d+(?:st|nd|rd|th)\s+|first\s+|second\s+|third\s+)?(?:oscars?|grammys?|emmys?|golden\s+globes?|nobel|ballon\s+d['’]or|world\s+cup|super\s+bowl|champions\s+league|premier\s+league|grand\s+slam|wimbledon|olympic|gold\s+medal|pulitzer|booker)(?!\s+(?:sweepstakes?|pool|raffle|draw|quiz|bake-?off|competition|contest|bet))|(?:was|got)\s+elected\s+(?:as\s+)?(?:president|prime\s+minister|chancellor|senator|mayor|pope|to\s+(?:parliament|congress|the\s+senate))|testified\s+(?:before|to)\s+(?:congress|the\s+senate|parliament))\b)/iu;
/**
 * Words of the world of fame, anywhere in the name's sentence: "the Oscars", "a biopic", "the World Cup final". Read
 * only for a distinctive name — one word of it neither a common name nor an English word ("Nadella", "Verstappen") —
 * since "Sam Smith", "Rachel Green" and "Tom Ford" may be anyone.
 */
const WORLD_OF_FAME =
  /\b(?:oscars?|academy\s+awards?|grammys?|emmys?|golden\s+globes?|nobel(?:\s+prize|\s+laureate)?|pulitzer|booker\s+prize|box\s+office|biopic|sitcom|fictional|olympics?|olympian|world\s+cup|grand\s+prix|super\s+bowl|ballon\s+d['’]or|nba|nfl|mlb|nhl|premier\s+league|champions\s+league|la\s+liga|wimbledon|formula\s+(?:1|one)|wikipedia|billionaires?|celebrit(?:y|ies)|hall\s+of\s+fame|head\s+of\s+state|prime\s+minister|white\s+house|downing\s+street|supreme\s+court|public\s+domain|earnings\s+call|press\s+conference)\b/iu;
/** A title word right before a name in quotation marks: the film "Forrest Gump", the song "Jolene". */
const QUOTED_TITLE_BEFORE = /(?:^|[^\p{L}])(?:film|movie|book|novel|song|album|show|series|sitcom|musical|play|painting|poem)\s+["“‘']$/iu;
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
  /** One word of the name is neither a common name nor an English word ("Nadella"): the sentence's words count too. */
  distinctive: boolean;
  /** The sentence or line the list stands in, read once for both halves of the rule. */
  sentence: string;
}

export function isSpokenOfAsPublic(text: string, span: TitleSpan): boolean {
  if (QUOTED_TITLE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start)) && QUOTE_AFTER.test(text.slice(span.end, span.end + 1))) return true;
  if (PUBLIC_WORK_AFTER.test(text.slice(span.nameEnd, span.nameEnd + 48)) || PUBLIC_FRAME_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start))) return true;
  if (PUBLIC_FRAME_AFTER.test(text.slice(span.nameEnd, span.nameEnd + 80)) || (span.end !== span.lastEnd && PUBLIC_FRAME_AFTER.test(text.slice(span.end, span.end + 80)))) return true;
  return span.distinctive && WORLD_OF_FAME.test(span.sentence);
}
