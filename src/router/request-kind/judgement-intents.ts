/**
 * Ways people ask for judgement without a task verb, grouped by what they ask for: a diagnosis
 * ("how do we find out why…", "any idea what's wrong"), a faster or cheaper version ("can this
 * be quicker"), a critique ("thoughts on this?", "am i missing something"), a reading of material
 * or figures ("what do these numbers tell us", "is this normal"), a decision ("x or y for
 * us?"), or a reading of legal exposure ("so we don't get in trouble"). The phrases are the grammar of asking — question frames and idioms any team uses — not the
 * subject matter, so they carry over to messages nobody has seen. On their own they do not make a
 * request hard: "why is my vpn slow" is a helpdesk question. assess-request.ts counts them with
 * what the request acts on (systems, money, law) or with pasted material.
 */
import { firstPattern } from './pattern-sets.ts';

export type JudgementIntent = 'diagnosis' | 'optimisation' | 'critique' | 'interpretation' | 'decision' | 'legal exposure';

/** Who can chase someone: a person or a role, not a system. */
const PERSON_SUBJECTS = 'customers?|clients?|vendors?|suppliers?|recruiters?|candidates?|users?|he|she|they|someone|somebody|people|ppl|boss|manager|landlord|sales|legal|finance|hr|mom|mum|dad';
const CHASING_VERBS = 'asking|pinging|emailing|messaging|calling|texting|bugging|chasing|nagging|reminding|requesting|complaining|following';
/**
 * "keeps getting OOMKilled": a symptom — unless a person keeps chasing something ("the vendor keeps emailing
 * us", "customer keeps asking"), which is no fault. A system that keeps emailing or calling is one ("our cron
 * keeps emailing every customer twice").
 */
const KEEPS_DOING_SYMPTOM = new RegExp(
  String.raw`(?<!\b(?:${PERSON_SUBJECTS}) )\bkeeps? (on )?\w+ing\b|\b(?:${PERSON_SUBJECTS}) keeps? (on )?(?!(?:${CHASING_VERBS})\b)\w+ing\b`,
);

/**
 * Phrases that ask for judgement only after a case told first — at least a few lines' worth of it before the phrase
 * (60 characters, about ten words): what they ask is judgement on that case, while the same words with nothing told first
 * are a newcomer's question. Matched from that point on (pattern-sets.ts), not with a look-behind, which V8 tries at
 * every character.
 */
const TOLD_CASE_CHARACTERS = 60;
const AFTER_TOLD_PATTERNS = new Set<RegExp>();

function afterToldCase(pattern: RegExp): RegExp {
  AFTER_TOLD_PATTERNS.add(pattern);
  return pattern;
}

const FAMILIES: ReadonlyArray<readonly [JudgementIntent, readonly RegExp[]]> = [
  [
    'diagnosis',
    [
      /\b(find|finding|figure|figuring|work|working|sort|sorting|suss) out (why|what|where|how|which|if|whether)\b/,
      /\bgo about (figuring|finding|debugging|fixing|tracking)\b/,
      /\b(track|hunt|narrow|pin|chase) (it |this |that |them )?down\b/,
      /\bget to the bottom\b/,
      /\broot[- ]?caus\w*\b/,
      /\bwhat('s| is| was| are) (causing|behind|eating|killing|wrong|broken|off)\b/,
      /\bwhat (causes|caused|would cause|could cause|might cause|else could)\b/,
      /\bhow come\b/,
      /\bwhy (would|might|could|on earth|tf|the hell)\b/,
      /\b(know|knows|tell|explain|see|understand|wondering|figure) why\b/,
      /\bwhat (could|might|would|can) (be )?(going on|happening|explain|cause)\b/,
      /\bwhy (does|do|did|is|are|was|were) (our|my|the|this|it|we)\b.{0,80}\b(so|keep|keeps|suddenly|randomly|still|again|anymore|now|after|since)\b/,
      /\b(any|some|no) (idea|ideas|clue|clues|theories|hunch|guesses)\b/,
      /\bwhere (is|'s|are) (it|this|that|the time|the memory|the money) (going|coming from)\b/,
      /\bwhat (am i|are we) (not )?(missing|doing wrong|thinking about|forgetting|overlooking)\b/,
      // Looking back at a setup the asker described: "what did we probably screw up", "where did i go wrong".
      /\b(what|where|how) (did|have|could|might) (we|i|they) (\w+ly )?(have )?((screw|mess|muck|botch|bork)(ed)? up|(get|got|do|done|go|gone) wrong)\b/,
      // After a case told, where to begin with it: "…the juniors have gone silent in standup. where do i even begin".
      afterToldCase(/\bwhere (?:do|should|would) (?:i|we) (?:even )?(?:begin|start)\b/),
      /\bwhere (do|should|would) (i|we|you) (even )?(look|start|begin)\b/,
      // A result that went wrong somewhere along the way: "where's our evaluation going wrong" (not "what's going wrong with my vpn", a helpdesk question).
      /\bwhere('?s| is| are)? (we|it|this|that|things|(our|my|the) [\w-]+) (\w+ )?(going|gone|went) wrong\b/,
      /\bhow (do|would|can|could) (i|we|you) (debug|diagnose|trace|reproduce|repro|tell)\b/,
      /\b(wrong|broken|off|weird|odd|fishy) (here|with (this|it|our|the))\b/,
      /\b(suddenly|randomly|intermittently|sometimes|occasionally) (fails?|failing|breaks?|crash\w*|slow\w*|drops?|hangs?|errors?|returns?|times? out)\b/,
      // Symptom reports: a system doing what it should not, told as it is seen ("keeps getting
      // OOMKilled", "fails to connect", "returns the wrong total", "works fine in chrome", "…, why?").
      KEEPS_DOING_SYMPTOM,
      // A fault of ours told as a statement, no question asked: "memory on our node workers climbs 50mb an hour until…",
      // "our webhook handler charges some customers twice when…", "our nightly export occasionally writes a half-empty csv".
      /\bour [\w-]+(?: [\w-]+){0,3} (?:(?:occasionally|sometimes|randomly|intermittently|now|still|suddenly|started|has started) )?(?:charges? (?:some |a few |all )?(?:\w+ )?twice|writes? (?:a |an )?(?:half-empty|empty|partial|truncated|corrupt\w*|duplicate\w*)|(?:climbs?|creeps? up|grows?) (?:about |roughly |~)?\d|leaks? memory|chokes? on|deadlocks?|double[- ](?:charges?|sends?|posts?|writes?))\b|\b(?:memory|cpu|latency|disk|heap|queue|lag) (?:on|in|of) our [\w-]+(?: [\w-]+){0,2} (?:climbs?|creeps?|grows?|spikes?|keeps? (?:climbing|growing|rising))\b|\buntil (?:kubernetes|k8s|the (?:oom ?killer|kernel|scheduler)) kills? (?:it|them)\b/,
      /\b(fails?|failing|failed|unable) to \w+/,
      /\b(returns?|returning|gives?|giving|shows?|showing|produces?) (the |a |an )?(wrong|incorrect|bad|empty|stale|duplicate|negative|different) \w+/,
      /\b(works?|worked|working) (fine|ok|okay|perfectly|locally|on my machine)\b/,
      // A fault bounded by a condition is told to be diagnosed: "…drop every 60 min but only for users behind one proxy", "everyone else is fine".
      /\bbut only (for|on|in|when|under|behind|during|after|with|if|from|between)\b/,
      // A fault in what we ship, bounded as a bug report bounds it: since a change of ours or a version, only on one platform, or
      // nobody can reproduce it — "crashes on launch only on samsung android 14", "fails since v3.2 went out", "doubled since we
      // merged the retry change", "cant repro". Not one person's tool since an update ("zoom crashes since the macos update").
      /\b(?:crash(?:es|ed|ing)?|stuck|hangs?|hanging|freez(?:es|ing)|fail(?:s|ed|ing)|erroring|errors out|broken|breaks|timing out|times out|off by|evict(?:s|ed|ing)|leak(?:s|ed|ing)|spik(?:es|ed|ing)|dropp(?:ed|ing)|duplicated?|doubled|tripled)\b[^.?!\n]{0,60}?\b(?:only (?:on|in) (?:ios|android|safari|chrome|firefox|edge|samsung|pixel|iphone|ipad)\b|since (?:we|our)\b|since v?\d+(?:\.\d+)+|since [\w.-]+ (?:shipped|deployed|went out|merged))/,
      /\b(?:can'?t|cannot|couldn'?t) repro(?:duce)?\b/,
      /\b(everyone|everybody|everything|every other \w+|all the other \w+) else (is|are|works?|seems?) (fine|ok|okay|normal|unaffected)\b|\b(works?|fine) for (everyone|everybody) else\b/,
      /\beven though\b.{0,80}\bwhy\b|\bwhy\b.{0,80}\beven though\b|[,.;:]\s*why\s*\?*\s*$/,
      // How to stop a told fault for good: "what would actually stop this kind of thing for good", "so it never happens again".
      /\b(what|how) (would|will|could|can|do|does|should) ((we|i|you|u) )?(actually |really |finally )?(stop|prevent|fix|solve|avoid) (this|that|it|these|them)( [\w-]+){0,3} (for good|(from )?happening again|ever again|permanently|once and for all)\b/,
      /\bso (that )?(this|it|that) (never|doesn'?t|does not|won'?t|can'?t) (happens?|breaks?|recurs?|fails?)( \w+)? again\b/,
    ],
  ],
  [
    'optimisation',
    [
      /\b(faster|quicker|cheaper|leaner|more efficient|less memory|less slow|scale better)\b/,
      /\bspeed (it|this|that|things)? ?up\b/,
      /\b(cut|reduce|lower|bring down|halve) (the |our |its |this )?(latency|runtime|run time|cost|costs|bill|spend|memory|time)\b/,
      /\btakes? (forever|ages|way too long|too long|\d+ ?(s|sec|seconds|min|mins|minutes|hours?))\b/,
      /\b(so|too|really|painfully|super) slow\b/,
      /\bbottlenecks?\b/,
      // How an algorithm's cost grows is the same question asked of code on paper.
      /\b(time |space |runtime |memory |computational |asymptotic )?complexity\b|\bbig[- ]?o\b|\bworst[- ]case\b|\bamorti[sz]ed\b/,
    ],
  ],
  [
    'critique',
    [
      /\b(thoughts|feedback|opinions?|concerns|red flags|gotchas|pitfalls|risks|downsides|blind spots|weak spots|gaps) (on|about|with|in|here)\b/,
      /\bwhat do (you|u|ya) (think|reckon)\b/,
      /\b(am i|are we) (missing|overthinking|overcomplicating|wrong|crazy)\b/,
      /\b(missing|overlooking) (anything|something)\b/,
      /\banything (?:i'?m|im|i am|we'?re|were|we are) (?:missing|forgetting|overlooking|not seeing|getting wrong)\b/,
      // How bad a thing told is, asked bare or in doubt: "svg avatar uploads rendered inline. how bad", "actually that bad?".
      /\bhow (?:bad|risky|dangerous|serious)\s*\?*\s*$/,
      /\b(?:actually|really) (?:that|this|so) (?:bad|risky|dangerous)\b/,
      // Whether what we do passes a bar: "are api keys in heroku env vars good enough for soc2".
      /\b(?:good|secure|safe|compliant|solid|strong) enough (?:for|to pass|under)\b/,
      // Asked for what is wrong by the kind of wrong: "anything scary in here?", "anything sketchy?", "any red flags".
      /\banything (missing|wrong|off|i should worry|scary|risky|dangerous|concerning|worrying|alarming|sketchy|dodgy|shady|fishy|suspicious|problematic|unusual|nasty|unfair|one-sided|non-?standard|weird|odd|bad|dumb|stupid|illegal|legally \w+)\b/,
      /\bcan (we|i|you|they) live with (it|this|that|these|those)\b|\bdeal[- ]?breakers?\b/,
      /\b(does|do) (this|it|that|these) (look|seem|sound) (right|ok|okay|sane|reasonable|correct|good|fine|solid)\b/,
      /\b(is|does) (this|that|it) (make sense|hold up|sane|reasonable|solid|overkill)\b/,
      /\bwhat('s| is| are) the (catch|risks?|downsides?|gotchas?)\b/,
      /\bhow (bad|risky|dangerous|safe|solid|realistic) is\b/,
      /\bhold(s)? up\b/,
      /\bpros and cons\b/,
      /\bis (it|this|that) a (mistake|bad idea|good idea|terrible idea|smart move|trap|red flag)\b/,
      /\b(i'?m|we'?re|i am|we are) (worried|nervous|concerned|unsure|not sure) (about|that|if|whether)\b/,
      /\btrade[- ]?offs?\b/,
      /\b(weak|weakest) (spot|point|part|link)\b/,
      /\bstress[- ]test\b/,
      // Hazards named by metaphor: "what are the landmines", "a minefield", "will this come back to bite us".
      /\b(landmines?|minefields?|tripwires?|booby[- ]?traps?|bite (us|me|them) later|come back to (bite|haunt))\b/,
      /\bbe (brutal|honest|critical)\b/,
      /\bwould you (sign|approve|merge|ship|accept)\b/,
      // A message about to go out, shown before it does: "hr wants to send this tomorrow", "ok to sign this?".
      /\b(want|wants|wanted|going|about|planning|plans|ready|ok|okay|safe|fine|alright) to (send|sign|post|publish|forward|issue) (this|it|that)\b|\bbefore (i|we|they|he|she|hr|legal) (send|sends|sign|signs|post|posts) (this|it)\b/,
      // The same for a request someone else is about to grant: "support wants to just do it".
      /\b(wants|want|wanted|is going|are going|plans|is ready|are ready) to just (do|grant|approve|go ahead with) (this|it|that)\b/,
      // Whether a case told holds a problem: "any problem there?", "any issues with that?" — a question about the case, not "would that be a problem" about a policy.
      /\bany (problems?|issues?|concerns?|risks?|red flags?|gotchas?|catch|downsides?) (there|here|with (that|this|it|them|him|her|doing that))\s*\?/,
      // Doubts about one's own reading of a case: "am i overreacting", "is there a catch", "a hill worth dying on", "realistic or not".
      /\b(am i|are we) (overreacting|over-reacting|being paranoid|being unreasonable)\b|\bis there a catch\b|\bhill (worth|to) di(e|ing) on\b|\brealistic or not\b|\bhow much (should|can|do) (we|i) (trust|believe|rely on)\b|\bwho (do|should) (we|i) believe\b/,
      // After a case told, how much it should worry us, in any register: "how worried should i be", "am i right to lose
      // sleep over this", "time to panic or nah", "big deal or fluke?". Asked with nothing told first ("should i be nervous
      // about my first on-call week") it is a newcomer's worry, which the handbook answers.
      afterToldCase(/(?:\bhow (?:worried|nervous|concerned|scared|alarmed|freaked out|bad|serious) (?:should|do|would|must|can|shall) (?:i|we|one|u|you) be\b|\blos(?:e|ing) sleep\b|\b(?:time to )?panic or (?:nah|not|no)\b|\btime to panic\b|\bbig deal or\b|\bor (?:a |just a )?fluke\b|\bcause for (?:concern|alarm)\b)/),
      // After a case told, what to look out for in it: "anything we should think about before this ships", "what should i watch out for".
      afterToldCase(/\b(?:anything|what|stuff|things) (?:else )?(?:(?:should|do|would|must|shall|need to|ought to) (?:we|i|you|u)|(?:we|i|you|u) (?:should|would|must|need to|ought to|have to)) (?:think about|think of|watch (?:out )?for|worry about|look out for|be careful (?:of|about|with)|keep in mind|consider|be aware of)\b/),
    ],
  ],
  [
    'interpretation',
    [
      /\bwhat (do|does|should|can) (this|these|that|those|the|our|it)( [\w-]+){0,2} (mean|tell|say|imply|suggest|show)\b/,
      /\bhow (do|should|would) (i|we|you) (read|interpret|explain)\b/,
      /\b(make sense of|read into|what to make of|read (this|these) (right|correctly))\b/,
      /\bis (this|that|it) (normal|expected|bad|good|concerning|worrying|a problem|a red flag|noise|real|significant)\b/,
      /\bshould (i|we) (worry|be worried|be concerned|panic|care)\b/,
      /\b(trend|trends|trending|anomal\w+|outliers?|stand out|stands out|jump out)\b/,
      /\bwhat('s| is) (the takeaway|the story|driving)\b/,
      // Whether a figure is real or an artefact: "dau up 30% overnight, real or a tracking bug".
      /\breal or (?:a |an |just )?(?:[\w-]+ ){0,2}(?:bug|glitch|fluke|artifact|artefact|noise|error|mistake|blip)\b/,
    ],
  ],
  [
    'decision',
    [
      /\b\w+ (or|vs\.?|versus) \w+ for (us|our|this|a team|a company)\b/,
      // Options weighed for a particular use: "transaction mode vs session mode for a django app".
      /\b(vs\.?|versus)\b.{1,40}\b(for|in|on) (a|an|our|us|this|my|the) \w+/,
      /\bwhich (one|option|approach|of these|is better|makes more sense)\b/,
      // Options named, then a bare call for one: "outbox table vs debezium for order events, team of 3, which", "…, pick one", "…. yes or no".
      /\b(?:or|vs\.?|versus)\b[^\n]*(?:[,.;:]|\s[-–—])\s*(?:so\s+)?(?:which(?: one)?(?: and why| is it| then| wins)?|pick one|your pick|your call|yes or no)\s*\?*\s*$/,
      // Options weighed for a scale told: "vpn or a zero trust proxy for 240 ppl", "kafka or sqs for per-customer ordered events at 3k/s".
      /\b(?:or|vs\.?|versus) [^.?!\n]{1,60}\b(?:for|at|across|with|on) (?:~|about |around |roughly |like |over |under )?\d[\d,.]*[kmb]?\+? ?(?:ppl|people|users|employees|engineers|engs|devs|seats|tenants|customers|accounts|stores|sites|offices|locations|teams|services|nodes|servers|pods|events|requests|orders|msgs?|messages|rps|qps|tps|writes|reads|(?:msgs?|events|req|requests|writes)?\/(?:s|sec|min|day))(?![\w])/,
      // Which of the options told to take: "which do we book", "which should we offer going forward".
      afterToldCase(/\bwhich (?:one )?(?:do|should|would|shall|can) (?:we|i) (?:go with|pick|choose|book|offer|take|use|do|hire|buy|keep|prioriti[sz]e|cut|drop|start with|sign|pay for|back)\b/),
      // A design asked not to fail under a load told: "whats a setup that wont fall over".
      /\b(setup|set-up|design|architecture|approach|way|system|pipeline) that (won'?t|wont|doesn'?t|will not|does not|can'?t) (fall over|break|melt|die|choke|collapse|crumble|buckle|tip over|explode|fall apart)\b/,
      // An option told, then a better one asked for: "raise the threshold, or a smarter way to spend those checks".
      afterToldCase(/\bor (a |some )?(smarter|better|cheaper|safer|simpler|easier|faster|cleaner|saner) (way|option|approach|setup|plan|fix|move)\b/),
      // After a case told, three courses of action to choose from: "let it ride, reset expectations, or cut it now?".
      afterToldCase(/(?:[.!?:]\s+|\n)(?:[a-z][\w'-]*(?: [\w'$.-]+){1,6}, ){1,3}or [a-z][\w'-]*(?: [\w'$.-]+){1,6}\s*\?/),
      /\bis it worth (it|the|switching|moving|doing)\b/,
      /\b(worth|better) (it )?to (build|buy|switch|move|migrate|rewrite|keep|wait)\b/,
      // Not whether an approval suffices ("is my manager's ok enough to go ahead"): a policy asks that.
      /\bis (that|this|it|[\w$%.,]+( [\w$%.,/]+){0,4}) (?<!\b(?:ok|okay|approvals?|sign-?offs?|signoff|signatures?|go-?ahead|blessing|permission|say-?so) )(enough|sustainable|realistic|feasible|too (much|high|low|aggressive|optimistic))\b/,
      // Whether a choice is out of proportion to the problem: "is event sourcing overkill for…", "are we over-engineering this".
      /\b(overkill|over-?engineer\w*|over-?kill|premature|too (clever|complex|complicated|early|late|fancy)|(worth|justify|justified) the (pain|hassle|complexity|effort|squeeze|juice))\b/,
      /\b(build|buy) (or|vs\.?) (build|buy)\b/,
      // Whether a choice is sane for a load or a use, and out of proportion by metaphor: "is a 3-node kafka cluster sane for ~50 events a
      // day", "a sledgehammer to crack a nut", "a cannon for a mosquito".
      /\b(is|are) [\w.~-]+( [\w.~-]+){0,5} (sane|sensible) (for|at|with|when|if|here|given)\b/,
      // Not inside quotation marks: "translate 'using a sledgehammer to crack a nut' into german" asks for a translation.
      /(?<!["'“‘][^"'”’\n]{0,80})\b(sledge ?hammer|cannon|bazooka|nuke|flamethrower|jackhammer)s? (to|for) ((crack|kill|swat|hit) )?(a|the) (nut|walnut|fly|mosquito|gnat|ant)\b/,
      /\bwhat would (you|u) (recommend|suggest|go with|choose)\b/,
      // A cost to take on or not, the price of a choice, and what to offer: "do we eat that", "at what discount", "what do we offer them".
      /\bdo (?:we|i) (?:eat|absorb|swallow) (?:that|it|this|the (?:cost|hit|loss|difference))\b/,
      /\bat what (?:discount|price|rate|threshold|volume)\b/,
      /\bwhat (?:do|should|can|could) we offer (?:them|him|her|the (?:customer|client|account)|to (?:keep|save|win))\b/,
      // How to choose between people or options, or handle a case told: "how do i choose fairly", "how do i handle it".
      /\bhow (?:do|should|would|can|could) we (?:even )?(?:choose|pick|decide|rank)\b/,
      /\bhow (?:do|should|would|can|could) i (?:even )?(?:choose|pick|decide) (?:fairly|between (?:them|the two|two (?:of|people|engineers|candidates))|who)\b/,
      /\bhow (?:do|should|would|can|could) (?:i|we) (?:handle|approach|deal with|navigate) (?:it|this|that|him|her|them)\b/,
      // How to account for money: "3yr deal billed upfront, how do we recognise the revenue".
      /\bhow (?:do|should|would|can) (?:we|i) (?:recogni[sz]e|account for|capitali[sz]e|amorti[sz]e|depreciate)\b/,
      // Asked for the next step in a situation told, or to settle a disagreement told: "what's the next move", "who's closer to right".
      /\bwhat('s| is| should be| would be) (my|our|the) (next|best) (move|step|play)\b|\bwhat would (you|u) do (here|now|next|in (my|our) (shoes|place|position))\b/,
      /\bwho('s| is| was) (closer to |more )?(right|correct|in the right)\b|\bwhich (side|camp|view|take) is (right|correct|closer)\b/,
      // Two goals weighed in a situation or towards someone: "how do we handle this without breaking the bands", "how do i answer them
      // without caving", "how do we answer truthfully without losing the deal". Not a how-to about a thing ("how do i spend my budget without paying upfront"), which the handbook answers.
      /\bhow (do|can|could|should|would|to) ((i|we|you|u) )?\w+( \w+){0,3} (this|that|it|them|him|her|\w+ly) without (\w+ing)\b/,
      // After a case told, how people are meant to meet one goal without losing another: "hows everyone supposed to stay in sync without burning out".
      afterToldCase(/\bhow(?:'?s| is| are| do| does| can| could| should)? (?:[\w-]+ ){0,2}(?:supposed|meant|expected) to \w+(?: [\w-]+){0,4} without \w+ing\b/),
      // The same asked as a way out: "any way to sort this out without it becoming a formal thing".
      /\b(any|is there an?|what'?s an?|the best) (way|ways) to \w+( \w+){0,3} without (it |this |that |them |anyone |us )?\w+ing\b/,
      // What to say to someone in a told case: "what can i tell her that isn't a lie", "what should we say to the team".
      /\bwhat (can|could|should|do) (i|we) (tell|say to) (her|him|them|the team|my team|our team|people|ppl|everyone|the customer|the client)\b/,
      // What a change usually leads to, asked of our case: "what usually happens to how much ppl actually take".
      /\bwhat (usually|typically|normally|generally|tends to) happens? (to|when|if|with)\b/,
      /\bmakes? more sense\b/,
      // What others do in the same place, asked as the practice to follow: "whats the actual pattern people use".
      /\bwhat('?s| is| are)( the)?( \w+)? (pattern|approach|playbook|practice)s? (that )?(people|ppl|folks|teams|companies|others|everyone|most \w+) (actually |really |usually )?(use|do|follow|take|go with)\b/,
      // A hard conversation to be had, asked how: "how do i even have the promo conversation", "how do we handle that awkward talk".
      /\bhow (do|should|can|would|could) (i|we) (even (have|handle|approach|start|navigate|tackle|open) (the|this|that|a|an|my|our) ([\w-]+ ){0,2}|(have|handle|approach|start|navigate|tackle|open) (the|this|that|a|an|my|our) (hard|difficult|tough|awkward|uncomfortable|delicate) ([\w-]+ )?)(conversation|talk|discussion|chat|1:1|one-on-one)\b/,
      // The conversation with the particular people of a case told: "how do i run the conversation with them".
      /\bhow (do|should|can|would|could) (i|we) (have|run|handle|approach|start|lead|frame|open) (the|this|that|a|an|my|our) ([\w-]+ )?(conversation|talk|discussion|chat|1:1|one-on-one) with (them|him|her|both( of them)?|the two( of them)?|each( of them)?)\b/,
      // What each option costs: "what do we lose either way", "what would we give up".
      /\bwhat (do|would|will|did|does|are) (we|i|you|they) (lose|losing|give up|giving up|sacrifice|trade away|risk|risking)\b/,
      // What others in the same place have learned: "how do ppl usually make this consistent", "where do these usually go wrong".
      /\b(how|where|what|when|why) (do|does|did|would) ([\w-]+ )?(people|ppl|folks|teams|companies|orgs|others|these|they|most)( [\w-]+){0,4} (usually|typically|normally|generally|commonly|tend to)\b/,
      // Not knowing what to do with a situation, or how to say something that could go wrong: "not sure what to do with
      // this", "how do i frame this", "how should we respond".
      /\b(not sure|unsure|no idea|don'?t know|dunno|wondering) (what|how) (to|we should|i should) (do|handle|respond|reply|answer|say|tell|approach)\b/,
      /\bhow (do|should|can|would|could) (i|we) (best )?(answer|respond|reply|frame|word|phrase|pitch|position|announce|communicate|break (it|this|the news))\b/,
      /\bworth (it|fighting|pushing back|negotiating|the (effort|risk|cost|money)|switching|changing)\b/,
      /\bis (it|this|that|any of (it|this|that)) (standard|normal|typical|market|usual)\b/,
      /\bhow (long|much|many \w+) (would|will|should|does|did) (it|this|that) (realistically |actually |roughly |really )?(take|cost|need)\b/,
      // Recommendations under conditions, whether a change pays off, and estimates of our own effort.
      /\bwhat('s|s| is| would be| are)? (a |an |the )?(good|best|right|sensible|reasonable|safe|ideal|proper|recommended|sane|correct|cleanest|simplest|robust|standard) \w+( \w+)? (for|to|when|if)\b/,
      // How a design should behave to meet a goal: "how should conflicts resolve so nobody's notes vanish".
      /\bhow (should|would|do|can|could) ((we|i) )?([\w'-]+ ){1,3}(resolve|be resolved|merge|be merged|be handled|behave|be modell?ed|be designed|be structured) so (that )?\w+/,
      // What a told case calls for next: "what needs to happen now", "what do we have to do first".
      /\bwhat (needs|has) to happen (now|next|first)\b|\bwhat (do|should|must) (we|i) (need to |have to )?do (right now|now|first|next|immediately)\b/,
      // What to check before agreeing to something asked: "what has to be checked before we say yes".
      /\bwhat (has|have|needs?|do (we|i) need) to (be )?(check(ed)?|review(ed)?|verif(y|ied)|look(ed)? (at|into)|clear(ed)?) before (we|i|they) (say yes|agree|sign|approve|go ahead|allow|let)\b/,
      /\b(is it |is this |is that |^)worth (\w+ing)\b/,
      /\bhow (long|much (time|effort|work)|many (weeks|months|days|sprints|engineers|people)) (to|would|will|should|does it take to|do we need to)\b/,
    ],
  ],
  [
    'legal exposure',
    [
      /\b(get|getting|be|end up) (in|into) (trouble|hot water)\b/,
      // The same asked of ourselves, and what an agreement binds us to: "are we in trouble", "what are we signing up for".
      /\b(are|am|is|were|was) (we|i|they|you|he|she) (in|into) (trouble|hot water|deep water)\b/,
      /\bwhat (are|am|would|will|did|do) (we|i|you) (be )?(signing up for|getting (ourselves )?into|walking into|agreeing to|committing to|on the hook for)\b/,
      /\b(is|would) (it|that|this) (be )?(legal|lawful|illegal|compliant|enforceable)\b/,
      /\blegally\b/,
      // Rights asked of a case: "can they even do that", "do we have a case", "are we forced to accept", "is that even allowed in california".
      /\bcan (they|he|she|the (company|landlord|client|customer|vendor|employer)) (even |legally |actually )?do that\b|\bdo (we|i) have a case\b|\b(are|am) (we|i) (forced|obliged|obligated|required|bound) to\b|\bis (that|this|it) even (allowed|legal|permitted)\b/,
      /\b(is|are|be|was|were)\b.{0,60}\b(enforceable|unenforceable|binding|lawful|unlawful|illegal)\b/,
      /\b(ok|okay|fine|allowed|permitted|acceptable|legal|compliant)\b.{0,20}\bunder (the |our |their )?\w+/,
      /\b(comply|complying|compliant|non-compliant)\b/,
      // Whether a law applies to us at all: "do we need export classification or is crypto stuff basically exempt", "exempt from their privacy law".
      /\bor (is|are) (it|this|that|they|[\w-]+( [\w-]+)?) (basically |actually |legally |fully |just |now )?exempt\b|\bexempt(ed)? from (the |their |our |this |that )?([\w-]+ )?(law|laws|act|regulation|regulations|directive)\b/,
      /\b(prove|show|demonstrate|convince) (to )?(the |an |our )?(auditors?|regulators?|investors?|board)\b/,
      /\b(sued|sue us|lawsuit|fined|fines|penalt(y|ies)|liable)\b/,
      /\bwhat('s|s| is| are| r) (our|the|my) (legal )?(obligations?|exposure|liabilit(y|ies)|requirements?)\b/,
      // Risk asked of a described case, in degrees: "how exposed are we", "how much liability would we carry".
      /\bhow (exposed|liable|vulnerable|at risk)\b|\bhow (much|big) (of )?(an? )?(legal )?(risk|exposure|liability)\b/,
    ],
  ],
];

export interface JudgementMatch {
  intent: JudgementIntent;
  /** The words that matched, shown as the reason. */
  phrase: string;
  /** Matched only after a case told first: the case is what is judged, whatever it is about. */
  afterToldCase: boolean;
}

/** Every phrase in family order, each with its family: the first that matches is the judgement asked for. */
export const JUDGEMENT_PHRASES: readonly RegExp[] = FAMILIES.flatMap(([, patterns]) => patterns);
const PHRASE_INTENTS: readonly JudgementIntent[] = FAMILIES.flatMap(([intent, patterns]) => patterns.map(() => intent));
const AFTER_TOLD: readonly boolean[] = JUDGEMENT_PHRASES.map((pattern) => AFTER_TOLD_PATTERNS.has(pattern));
const firstPhrase = firstPattern(
  JUDGEMENT_PHRASES,
  AFTER_TOLD.map((after) => (after ? TOLD_CASE_CHARACTERS : 0)),
);

/** The first judgement phrase in the (lower-cased) ask, with the family it belongs to. */
export function findJudgement(ask: string): JudgementMatch | undefined {
  const found = firstPhrase(ask);
  return found && { intent: PHRASE_INTENTS[found.index]!, phrase: found.text.replace(/^[\s.!?:]+/u, ''), afterToldCase: AFTER_TOLD[found.index]! };
}
