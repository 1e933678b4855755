/**
 * Broad word lists for reading a request's shape. They describe how people ask for work in
 * general — verbs of making, deciding, checking and fixing, and the things those verbs act on —
 * not any particular message, so a new phrasing lands on words that are already here. Keep them
 * wide and plain; a word belongs here if it would mean the same in any team's channel.
 */

/** Verbs that ask for a piece of work, by how much thinking the work usually takes. */
export const HEAVY_TASK_VERBS: ReadonlySet<string> = new Set(
  `build implement design architect refactor port migrate rewrite restructure optimise optimize speed tune
  debug troubleshoot diagnose investigate profile fix audit review critique assess evaluate analyse analyze
  model forecast project estimate plan price benchmark scale shard partition secure harden
  reconcile dedupe deduplicate automate orchestrate integrate sketch prototype negotiate redline
  prioritise prioritize decide choose pick recommend justify quantify validate verify test backfill
  figure untangle rework overhaul consolidate split structure scope`.split(/\s+/),
);

export const LIGHT_TASK_VERBS: ReadonlySet<string> = new Set(
  `write draft compose make create give suggest list name summarise summarize tldr translate reword rephrase
  proofread shorten expand turn convert format sort add count explain describe outline generate come
  put prepare send tweak polish fix alphabetize alphabetise capitalize capitalise uppercase lowercase indent bullet
  bulletize bulletise remove delete strip trim`.split(/\s+/),
);

/** Idioms that ask for scrutiny or a decision without a task verb in sight. */
export const SCRUTINY_PHRASES: readonly RegExp[] = [
  /\bpoke holes\b/, /\bholes in\b/, /\btear (this|it) apart\b/, /\bsanity[- ]check\b/, /\bdouble[- ]check\b/,
  /\bthink (this |it )?through\b/, /\bwalk me through\b/, /\bwhat (could|would|will) (go wrong|break|bite)\b/,
  /\bwhat breaks\b/, /\bwhere are we bleeding\b/, /\bwhat('s| is) going on\b/, /\bwhy (does|is|did|do|are)\b/,
  /\bis (this|it|b|a)\b.{0,40}\b(better|worth|enforceable|binding|legal|valid|noise|healthy|right|safe|secure|correct|a good idea)\b/, /\bwhich (would|should) (you|we)\b/,
  /\bhow (would|should) (you|we)\b/, /\bwhat would you (do|cut|fix|pick|change)\b/, /\bshould we\b/,
  /\bbetter or worse\b/, /\bwhat does (this|it) mean for us\b/, /\bpush back\b/, /\bcan (it|this) go faster\b/,
  /\bmake (it|this) (faster|idempotent|safe|scale)\b/, /\bwhat('s| is) the (cleanest|best|safest|right) way\b/,
  /\bhow do we (move|handle|make|test|get|stop|avoid|split)\b/, /\bwhat do we (do|need)\b/,
  /\b(are|am|is) (we|i|it) (allowed|required|compliant|liable|covered|exposed|on the hook)\b/, /\bdo we (need|have to|actually(?! (?:have|get|offer|provide|pay|cover)\b)|own)\b/,
  /\bwhat does .{3,120} mean for (us|me|the company)\b/, /\bno idea (where|how|why)\b/, /\bwhere (do|should) (i|we) start\b/,
  /\b(likely|possible) (cause|causes|chain)\b/, /\b(any|no) idea why\b/, /\bkeeps? (happening|failing|crashing|dropping|timing out)\b/, /\bwhat (went|is going|'s going) wrong\b/, /\bwhat happened\b/,
];

/** What heavy work acts on: systems, code, data, money, law, organisations. */
export const WORK_OBJECTS: ReadonlySet<string> = new Set(
  `code function method class module service microservice microservices monolith api endpoint schema database db
  table tables query queries index migration pipeline workflow job jobs queue consumer consumers worker cache
  operator controller crd hook component test tests suite regex script bash terraform docker k8s kubernetes
  cluster pod pods deployment infra infrastructure architecture design system systems sync shard shards
  replica failover latency throughput memory leak crash bug flaky timeout timeouts outage incident postmortem
  auth authentication jwt session sessions tokens webhook webhooks security vulnerability vulnerable attack exploit
  injection xss csrf redos algorithm algorithms concurrent concurrency thread threads race deadlock retry retries
  backoff idempotent idempotency semantics decorator recursion async parser compiler protocol encryption keys
  model runway churn ltv cac arpa arr mrr revenue margin pricing price prices budget spend cost costs
  forecast cash p&l pnl valuation headcount funnel conversion cohort retention nps variant experiment
  agreement msa dpa nda sow terms redlines indemnification indemnify liability warranty warranties ip
  subprocessor subprocessors gdpr hipaa soc sccs compliance non-compete noncompete questionnaire regulator
  reorg rollout roadmap strategy hiring plan law laws legal lawful consent jurisdiction regulation regulations
  regulatory privacy python typescript javascript golang rust java kotlin swift ruby php scala sql
  cpu gpu ram disk disks iops postgres postgresql mysql sqlite redis kafka rabbitmq sqs lambda lambdas serverless s3 ec2 gcp aws azure
  react frontend backend component components render rerender rerenders state hooks dom css browser mobile ios android
  permissions roles rbac tenant tenants multi-tenant saas sso oauth cognito okta ldap analytics tracking
  lag backlog load qps rps p95 p99 uptime sla slo slos errors exception exceptions stacktrace logs logging metrics
  signups signup traffic users activation onboarding mau dau growth burn forecasted unit economics payback cogs gross
  contract contracts clause clauses addendum amendment breach breaches dispute liability-cap termination renewal
  lease leases tenancy landlord sublet sublease
  webhook stripe payments payment billing invoices charges refunds chargebacks duplicate duplicates
  deploy deploys release releases rollback ci cd dependency dependencies upgrade upgrades
  jurisdiction jurisdictions california texas york quebec ontario canada canadian eu european uk britain germany german
  france french ireland india brazil australia cross-border ccpa cpra pipeda lgpd
  etl elt dbt airflow warehouse dashboard dashboards rows columns schema-change auditor auditors audit audits controls
  hotfix hotfixes prod production renewal auto-renewal uplift termination sla slas
  array tree graph heap stack trie hashmap hashtable linked-list bfs dfs complexity big-o recursion memoization
  cookie cookies tracker trackers pixel fingerprinting retention-period dsar erasure cnil ftc finra pci
  newsletter newsletters mailing-list subscribers opt-in opt-out unsubscribe personal-data pii
  fine-tune fine-tuned fine-tuning finetune finetuned finetuning eval evals dataset datasets overfitting overfit
  underfitting leakage embeddings classifier regression precision recall auc epoch epochs hyperparameters llm llms
  rfp rfps rfi rfq tender procurement deal deals reseller resellers distributor distributors sanctions sanctioned embargo
  export-control backups backup runbook runbooks disaster-recovery continuity bcp attribution bookings quota quotas
  fundraise investors term-sheet equity vesting severance layoffs visa visas immigration payroll tax taxes vat gst
  ssrf rce idor sqli xxe lfi cve cves vuln vulns pentest pentests pentester pentesters pen-test malware ransomware phishing
  dns url urls tcp udp tls ssl https cdn proxy firewall waf cron crons scheduler timezone timezones utc
  library libraries lib libs open-source oss license licence licensing`.split(/\s+/),
);

/**
 * Pieces of work that take expertise to produce, whatever verb asks for them: "*write* the
 * postmortem", "*turn* this into a runbook", "*put together* a financial model". After a light verb
 * (write, draft, turn, make…) they make the request as heavy as "design" or "build" does. Everyday
 * code is not here — a script, a query, a regex or a function is what a small local model writes
 * well — and an e-mail, a summary or a message about such a thing is still light (see signals.ts:
 * the deliverable must be what the verb makes, not what the text is about).
 */
export const EXPERT_DELIVERABLES: ReadonlySet<string> = new Set(
  `postmortem post-mortem rca runbook playbook rfc adr spec specification design-doc architecture
  module library sdk service microservice operator controller parser compiler interpreter migration pipeline
  terraform helm dockerfile manifest
  forecast projection valuation business-case strategy roadmap model
  contract agreement msa dpa nda sow addendum amendment clause`.split(/\s+/),
);

/** What a request without a verb asks for when it ends with it: "binary search on…, code + explanation". */
export const REQUESTED_ARTIFACTS: ReadonlySet<string> = new Set(
  `code sql query regex script function implementation snippet pseudocode example examples tests`.split(/\s+/),
);

/** Things that make an output small whatever the verb: "a quick message", "one liner". */
export const SMALL_OUTPUT: readonly RegExp[] = [
  // The size of the answer asked for ("a quick summary", "keep it short"), not of what the request is
  // about: "numbers this small", "a small team of 6", "quick q: our p99 doubled…" ask for no less work.
  /\b(quick|short|brief|small|simple|little|tiny|one-line)( \w+)? (answer|reply|response|summary|version|note|message|msg|script|snippet|list|explanation|email|paragraph|blurb|intro|description|example|function|query|regex|sentence|update|writeup|write-up|post|announcement|overview|rundown|recap|definition|rewrite|edit|fix|poem|joke|text)s?\b/,
  /\b(keep|make) (it|this|that|them) (short|brief|simple|quick|tight)\b|\b(short and sweet|in short|briefly)\b/, /\bone[- ]liner?\b/, /\b(one|two|2|3|three) (line|lines|sentence|sentences|word|words)\b/,
  /\b(a|an|some|few|me|us|couple( of)?|\d+|one|two|three) (\w+ )?(tweet|haiku|subject line|title|name|names|slogan|tagline|emoji|bio|caption)s?\b/, /\bpolite(ly)?\b/, /\bnicely\b/,
];

/** Things that make an output large: tests, plans over time, end-to-end, multi-part deliverables. */
export const LARGE_OUTPUT: readonly RegExp[] = [
  /\bwith tests\b/, /\bend[- ]to[- ]end\b/, /\b\d+[- ]day plan\b/, /\bplan\b/, /\bpseudocode\b/, /\bstep\b/,
  /\bincl(uding|\.)?\b/, /\bwhat .{0,30} and (what|how|why)\b/, /\boptions\b/, /\bin what order\b/,
  /\btoday, this week\b/, /\bcontributing factors\b/, /\bfollow[- ]ups?\b/, /\b(detailed|in[- ]depth|thorough|comprehensive)\b/,
];

/** Greetings, thanks, acknowledgements and questions about the assistant itself. */
export const CHITCHAT_WORDS: ReadonlySet<string> = new Set(
  `hi hey hello yo morning evening night afternoon thanks thank thx ty cheers appreciate appreciated ok okay
  k cool nice great awesome perfect sure lol haha hah nvm never mind sorry brb bye goodbye test testing ping
  wow yes no yep nope welcome happy friday monday weekend good best helpful wrong mate all everyone there
  tandem bot you so much a lot for it the very guys folks team again`.split(/\s+/),
);

export const ABOUT_ASSISTANT: readonly RegExp[] = [
  /\bwhat (can|do) you do\b/, /\bwhat are you\b/, /\bwho (made|built|are) you\b/, /\bare you (a bot|there|smarter|human|real)\b/,
  /\bhow do i use you\b/, /\bwhat commands\b/, /\bdo you remember\b/, /\bhow are you\b/, /\btell me a joke\b/,
  /\byou there\b/, /\bwhat'?s up\b/, /\byour name\b/, /\bare (you|u) (a |an )?(real|person|human|bot|ai|robot)\b/, /\bthis bot\b/, /^help( me)?[.!?]*$/, /^can you help\??$/, /\byou('re| are) (the best|great|awesome|wrong)\b/,
];

/** Opening filler people put before the request itself ("hey can u pls …"). */
export const LEAD_FILLER: ReadonlySet<string> = new Set(
  `hey hi hello yo ok so um uh pls please plz can could would will you u ya ur i we me need want wanna gonna
  kinda sort of just quickly quick help let us lets let's also then now and`.split(/\s+/),
);

/** Questions that ask for facts rather than work: a general question when the handbook lacks it. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(
  `what whats what's who whos who's when where which why how is are do does did can could should would will was
  were any anyone`.split(/\s+/),
);

/**
 * Social acts that open or make up a message: thanks, greetings and farewells, congratulations,
 * reactions, apologies and status ("brb lunch"). With no request after them, the message is
 * chit-chat however it continues ("thanks!! that worked", "omg its snowing").
 */
export const SOCIAL_OPENERS: readonly RegExp[] = [
  /^(thanks|thank you|thank u|thx|ty|tysm|cheers|much appreciated|appreciate it)\b/, /^(haha|hah|lol|lmao|omg|wow|yay|woo|nice|cool|neat|sweet|awesome|great|same|agreed|\+1)\b/,
  /^(congrats|congratulations|happy (birthday|friday|monday|holidays|new year)|welcome|good luck|best of luck|have a (good|great|nice))\b/,
  /^(good )?(morning|afternoon|evening|night)\b/, /^(gm|gn|bye|cya|see (you|ya)|later|brb|afk|back|ooo|off to)\b/,
  /^(sorry|my bad|oops|whoops|nvm|never ?mind|ignore (that|me)|figured it out)\b/, /^(hi|hey|hello|yo|hiya|howdy) (all|everyone|team|folks|guys|there)\b/,
];
