/**
 * The words that carry a question's topic, and whether a message leans on the conversation before
 * it ("and how many of *them*…"). Used when no local model can rewrite a follow-up: the previous
 * question's topic words are carried into the search only when the new message points back at them.
 */

/** Function words and the filler of questions typed to a bot (chat shorthand too); what remains names the topic. */
const FUNCTION_WORDS = new Set(
  `a about above after again all also am an and any are as at be because been before being below between both but by
  can could did do does doing done down during each either else ever every few for from get gets got had has have having
  he her here him his how i if in into is it its just let like many may me might more most much must my need no not now
  of off on once one only or other our out over own please same shall she should so some such than that the their them
  then there these they this those to too under until up us very want was we were what when where which while who whom
  whose why will with would yes yet you your yours ok okay thanks thank cool great next still really actually
  tho though btw pls plz thx ty ya yeah yep nope hey hi hmm lol u ur im ive dont cant whats hows`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that only make sense with something said before. */
const POINTING_BACK = /\b(it|its|them|they|their|those|these|that one|this one|the same|same thing|ones)\b/i;
/** "one" standing for a thing named before ("how do i get a new one"), not counting ("one week"). */
const ONE_FOR_A_THING = /\b(a|an|another|new|get|got|need|which|other)\s+(new\s+)?one\b(?!\s+(of|day|week|month|year|time|more)s?\b)/i;
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
  if (POINTING_BACK.test(text) || ONE_FOR_A_THING.test(text)) return true;
  const terms = topicTerms(text).length;
  if (CONTINUING.test(text)) return terms <= 1;
  // A fragment ("portland?", "paid?", "after how many yrs", "setup steps?") is a question only with
  // the one before it: at most one word of topic, or two words in all.
  return terms <= 1 || wordCount(text) <= 2;
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []).length;
}
