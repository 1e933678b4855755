/**
 * The words that carry a question's topic, and whether a message leans on the conversation before
 * it ("and how many of *them*…"). Used when no local model can rewrite a follow-up: the previous
 * question's topic words are carried into the search only when the new message points back at them.
 */

/**
 * Function words and the filler of questions typed to a bot (chat shorthand too, and the verbs of
 * "who do i tell / ask", which name whom, not what); what remains names the topic.
 */
const FUNCTION_WORDS = new Set(
  `a about above after again all also am an and any are as at be because been before being below between both but by
  can could did do does doing done down during each either else ever every few for from get gets got had has have having
  he her here him his how i if in into is it its just let like many may me might more most much must my need no not now
  of off on once one only or other our out over own please same shall she should so some such than that the their them
  then there these they this those to too under until up us very want was we were what when where which while who whom
  whose why will with would yes yet you your yours ok okay thanks thank cool great next still really actually
  tho though btw pls plz thx ty ya yeah yep nope hey hi hmm lol u ur im ive dont cant whats hows
  tell ask contact talk ping reach`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that only make sense with something said before. */
const POINTING_BACK = /\b(it|its|them|they|their|those|these|that one|this one|the same|same thing|ones)\b/i;
/** "one" standing for a thing named before ("how do i get a new one"), not counting ("one week"). */
const ONE_FOR_A_THING = /\b(a|an|another|new|get|got|need|which|other)\s+(new\s+)?one\b(?!\s+(of|day|week|month|year|time|more)s?\b)/i;
/**
 * A question with its own question word up front ("whats the wifi?", "where's the printer") asks
 * about what it names, however short; a fragment ("paid?", "after how many yrs") borrows the question.
 */
const OWN_QUESTION = /^\s*(what|what's|whats|where|where's|wheres|who|who's|whos|when|why|which|how|how's|hows|is there|are there|can i|can we|do i|do we)\b/i;
/** "how long", "how soon": the question's measure, not its topic ("how long tho" names nothing). */
const QUESTION_MEASURE = /^\s*how\s+(long|soon|often|far|late|early|much|many|big|old)\b/i;
/** Acknowledgements: after an answer they close the exchange and ask nothing ("thanks!", "ok cool ty"). */
const ACKNOWLEDGEMENT_WORDS = new Set(
  `ok okay k kk cool nice great awesome perfect sweet thanks thank thx ty tysm cheers appreciated appreciate got
  good know makes sense helps helped helpful lot much so you that's thats that's wow lol haha ah oh hmm alright
  right sure fine noted understood gotcha neat amazing brilliant excellent super lovely`
    .split(/\s+/)
    .filter(Boolean),
);

/** Openers of an elliptical follow-up ("and for contractors?", "what about…", "also…"). */
const CONTINUING = /^\s*(and|also|plus|but|or|so|then|what about|how about|same for|and what|and how)\b/i;

export function topicTerms(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  const seen = new Set<string>();
  for (const word of words) {
    const bare = word.replace(/'s$/, '');
    if (bare.length >= 3 && !FUNCTION_WORDS.has(bare)) seen.add(bare);
  }
  return [...seen];
}

/**
 * A message leans on what came before when it points back ("them", "it", "a new one"), continues
 * ("and …") without naming a topic of its own, or is a fragment of a question.
 */
export function leansOnConversation(text: string): boolean {
  if (isSmallTalk(text)) return false;
  if (POINTING_BACK.test(text) || ONE_FOR_A_THING.test(text)) return true;
  const terms = topicTerms(text).length;
  if (CONTINUING.test(text)) return terms <= 1;
  if (OWN_QUESTION.test(text) && topicTerms(text.replace(QUESTION_MEASURE, '')).length >= 1) return false;
  // A fragment ("portland?", "paid?", "after how many yrs", "setup steps?") is a question only with
  // the one before it: at most one word of topic, or two words in all.
  return terms <= 1 || words(text).length <= 2;
}

/** Nothing but acknowledgement and filler, and no question: there is no topic to carry into. */
export function isSmallTalk(text: string): boolean {
  if (text.includes('?') || OWN_QUESTION.test(text)) return false;
  const all = words(text).map((word) => word.toLowerCase());
  return all.some((word) => ACKNOWLEDGEMENT_WORDS.has(word)) && all.every((word) => ACKNOWLEDGEMENT_WORDS.has(word) || FUNCTION_WORDS.has(word));
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
}
