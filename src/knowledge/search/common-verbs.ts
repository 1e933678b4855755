/**
 * The everyday verbs of English in all their forms ("think", "turned", "feeling", "forgot"). In a
 * question they tell what happened or what the person wants to do, rarely what the question is
 * about: "*feeling* awful, who do i tell", "i *think* checkout is down". When the handbook lacks
 * one, that is weak evidence of a missing topic (evidence.ts), unlike a missing noun ("dog",
 * "party"). Derived from base forms once, on first use.
 */
const BASE_VERBS = `be have do say go get make know think take see come want look use find give tell work call try ask need feel
  become leave put mean keep let begin seem help talk turn start show hear play run move like live believe hold bring happen
  write provide sit stand lose pay meet include continue set learn change lead understand watch follow stop create speak read
  allow add spend grow open walk win offer remember love consider appear buy wait serve die send expect build stay fall cut
  reach kill remain suggest raise pass sell require report decide pull forget miss break fix file sign check wonder guess hope
  worry mind bother care plan drop pick carry throw catch wake sleep eat drink drive ride fly travel arrive return join quit
  finish fill wear hate enjoy agree explain share post push lock shut slow speed`.split(/\s+/);

const IRREGULAR_FORMS = `said made went gone got gotten knew known thought took taken saw seen came felt became left kept began begun
  told found gave given heard held brought wrote written sat stood lost paid met led understood spent grew won bought fell
  sent built forgot forgotten broke broken ran woke woken slept ate eaten drank drunk drove driven rode ridden flew flown
  threw thrown caught wore worn shut`.split(/\s+/);

let forms: Set<string> | undefined;

export function isCommonVerb(word: string): boolean {
  forms ??= verbForms();
  return forms.has(word.toLowerCase());
}

function verbForms(): Set<string> {
  const all = new Set(IRREGULAR_FORMS.filter(Boolean));
  for (const verb of BASE_VERBS.filter(Boolean)) {
    const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
    for (const form of [verb, `${verb}s`, `${verb}es`, `${stem}ed`, `${stem}ing`]) all.add(form);
    // "stop" → "stopped", "stopping"; "plan" → "planned".
    if (/[^aeiou][aeiou][bdgmnpt]$/.test(verb)) for (const form of [`${verb}${verb.at(-1)}ed`, `${verb}${verb.at(-1)}ing`]) all.add(form);
    if (verb.endsWith('y')) for (const form of [`${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`]) all.add(form);
  }
  return all;
}
