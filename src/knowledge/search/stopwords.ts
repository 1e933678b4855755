/**
 * Words dropped from questions before searching: English function words plus the filler of
 * questions put to a bot ("can you tell me how many…"). They match almost every chunk, so they
 * only add noise to BM25, cost time on large indexes and dilute query-term coverage. "How long",
 * "how often", "how soon" ask for a number the answer holds; the adverb itself is not a topic.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any anybody anyone anything are as at be because been before
  being below between both but by can cannot could did do does doing done down during each either else etc ever every
  few for from further get gets getting got had has have having he her here hers him his how however i if in into is
  it its itself just let lets like ll many may me might mine more most much must my myself need needs no nor not now
  of off on once one only or other our ours out over own please re really s same shall she should so some someone
  something still such t than thank thanks that the their theirs them then there these they this those through to
  too under until up upon us ve very want wants was we were what whats when whenever where which while who whom
  whose why will with within without would yes yet you your yours yourself hi hello hey tell know anyone im id dont
  doesnt isnt cant wont don doesn didn isn aren wasn weren haven hasn couldn shouldn wouldn won
  ain long often soon far quickly whos hows wheres whens whys thats theres heres ive youre theyre weve wasnt werent didnt
  hasnt havent arent shouldnt wouldnt couldnt`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/**
 * The frame of a question or of chat, not its topic: "what does X *mean*", "the *difference*
 * between", "*explain* X", "or *whatever*", "*ok* for a…". A handbook that happens to contain
 * "mean" or "difference" says little about the question, and a filler word the handbook lacks is
 * no missing topic. They stay searchable (a heading may use them) but weigh little (evidence.ts).
 */
export const QUESTION_FRAME_WORDS: ReadonlySet<string> = new Set(
  `mean meaning means meant difference differences explain explained actually roughly basically exactly kind sort
  stuff thing things whatever ok okay wondering wonder curious question questions pls plz u ur rn tho though say
  says said best good way ways someone somebody guys folks called anyway btw idea ideas literally probably maybe`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
