/**
 * What a case told carries besides the phrase that asks about it — read by assess-request.ts beside the judgement
 * phrases (judgement-intents.ts): a fault reported of pasted code, a doubt whether a pasted message is genuine, and
 * what is at stake beyond the handbook's own things.
 */

/**
 * What goes wrong, said of pasted code or logs: a symptom ("dies", "hangs", "junk chars", "way off", "fires twice"), a
 * behaviour it should not have ("nothing happens", "doesn't save", "instead of"), or bewilderment ("??"). Read only beside
 * code or logs, where it asks for debugging; "why is my vpn slow" stays a helpdesk question.
 */
const FAULT =
  /\?\?|\b(?:wrong|(?:way )?off|junk|garbage|gibberish|garbled|corrupt(?:ed)?|weird|strange|broken|breaks?|dies|died|dying|crash(?:es|ed|ing)?|hangs?|hung|freez(?:es|ing)|frozen|stuck|spins?|spinning|blank|empty|missing|duplicat(?:e|es|ed|ing)|twice|doubled?|times? out|timed out|timeouts?|leak(?:s|ing)?|slow(?:er|s)?|spik(?:e|es|ing)|fails?|failing|failed|errors?|exceptions?|panics?|segfaults?|oom\w*|instead of|jumps?|resets?|disappears?|vanish(?:es)?|ignored|ignores|nothing happens|(?:does|do|did|is|are|was|were|wo|ca)n['’]?t|(?:does|do|did) not|not (?:working|firing|showing|saving|loading|updating))\b/;

export function reportsFault(ask: string): boolean {
  return FAULT.test(ask);
}

/**
 * Whether something pasted is what it claims to be: "legit?", "phishing?", "is this a scam?". Read only of pasted
 * material — an e-mail or a message shown — which has to be vetted; asked of a DM told ("someone from IT asked for my
 * password, is that legit?") the handbook's security page answers.
 */
const GENUINE = /(?:^|[\s,.!])(?:legit|legitimate|genuine|a scam|scam|phishing|spoofed|fake|sketchy)\s*\?/;

export function asksIfGenuine(ask: string): boolean {
  return GENUINE.test(ask);
}

/**
 * What is at stake in a case told beyond one's own allowance, device or leave: other people's jobs and data, a third
 * party's claim, a law, the company's money at scale — "probation ends in 7 wks", "3 contractors have access", "the
 * juniors have gone silent", "$38k lodge vs $21k hotel", "a letter about my tax return". Where the handbook covers a case
 * told with none of these ("my first trip to lisbon, what should i watch out for", "a, b or c for my christmas pto?"), the
 * told-case phrase asks what the policy says.
 */
const STAKES =
  /\b(?:(?:customers?|clients?|users?)['’]?s? (?:data|emails?|e-mails?|addresses|records|invoices?|accounts?|information|info|details|pii|money|payments?|cards?)|another (?:customer|client|user)|our (?:product|platform|api|app|service|customers|users|clients)|contractors?|regulators?|auditors?|lawyers?|attorneys?|solicitors?|courts?|lawsuits?|sued?|suing|legal|irs|hmrc|tax (?:return|authority|office|audit|bill)|gdpr|ccpa|hipaa|breach\w*|leak(?:ed|s)?|prod|production|staging|my (?:reports?|direct reports?|team|people)|(?:the|my|our) (?:juniors?|seniors?|tech lead|team lead|engineers?|devs?|reps?|sales reps?)|new (?:hire|mgr|manager)|hired|hiring|probation|let (?:him|her|them) go|fir(?:e|ed|ing)|laid off|layoffs?|promot(?:e|ed|ing|ion)|underperform\w*|pip|resign\w*|counter-?offer|equity|investors?|the board|money is tight|budget is tight|\d[\d,.]{0,15}\s?(?:k|m)\s?(?:users|customers|orders|requests|events|a (?:day|month|year))|compet\w+|non-?compete|what we sell|the others|job hunting|burn(?:ing)? out|burnout|morale|resent\w*)\b|[$£€]\d[\d,.]{0,15}\s?[kmb]\b/;

export function hasStakesBeyondHandbook(ask: string): boolean {
  return STAKES.test(ask);
}
