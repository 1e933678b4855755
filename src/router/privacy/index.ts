/**
 * Privacy guard: finds personal data and secrets in text before anything is sent to a cloud model,
 * and re-identifies the answer locally. Everything runs in-process; nothing here touches the network.
 *
 * Public API
 * - `detectEntities(text, options?)` → `DetectedEntity[]`, sorted by `start`, non-overlapping,
 *   with `text.slice(start, end) === value`. Types: PERSON, EMAIL, PHONE, CREDIT_CARD, IBAN, US_SSN,
 *   IP_ADDRESS, ADDRESS, DATE_OF_BIRTH, ID_NUMBER, URL_CREDENTIALS, SECRET (with `secretKind`, e.g.
 *   `github-token`, `private-key`, `jwt`, `command-line-password`).
 * - `redact(text, options?)` → `{ text, entities }`, one-way, with typed masks such as `[EMAIL]`.
 * - `new Pseudonymizer(options?)` — one per cloud request or conversation:
 *     `apply(text)`     replaces values with `<PERSON_1>`, `<EMAIL_2>`, `<SECRET_1>`…; equal values share one
 *                       placeholder across every text it is given; user-typed look-alikes such as `<PERSON_1>`
 *                       are first rewritten to `PERSON#1` and their numbers are never issued.
 *     `findings()`      distinct values per type (`[{ type: 'EMAIL', count: 2 }]`), never the values.
 *     `restore(answer)` → `{ text, unrestored }`. Tolerates case changes, markdown/HTML escaping and dropped
 *                       brackets; maps only placeholders it issued; secrets and credential URLs become
 *                       `[secret removed]`; invented placeholders become `[unknown person]`-style markers
 *                       and are listed in `unrestored` as the model wrote them.
 * - `createRestoreStream(pseudonymizer)` re-identifies streamed chunks without cutting a placeholder in
 *   half; `splitAtSafeBoundary(text)` is the underlying split.
 *
 * - `pseudonymizeWithLastFilter(messages, memberNames, lastFilter?)` — what the cloud escalation uses:
 *   patterns, then (with a `LastFilter`, i.e. a "local JSON generate" capability and a time bound) one
 *   local structured-output pass whose verbatim findings join the same placeholders; notes say when it
 *   was skipped, and `withheld` says why nothing may be sent when text in a script without capitals is
 *   left that the local model did not check (unread-scripts.ts). `warmGuard()` loads the lazy tables once.
 * - `clearGuardCaches()` drops the small caches of recent text fragments (name clauses, phone verdicts).
 *
 * Options: `memberNames` (the workspace directory: exact, case-insensitive, whole-word, plus first names and
 * surnames alone) and `regions` (phone regions for national formats; default US, GB, DE, FR, IN).
 *
 * PERSON also comes from a recall-first pass (detect-person-recall.ts: words outside the SCOWL word list,
 * any case, with cues, titles, verbs and lists), other-script runs, and table headers / labelled fields.
 * Found names then grow over unlisted neighbours and titles (widen-names.ts) and are masked wherever the
 * message repeats them (repeat-names.ts).
 * PERSON comes from three detectors, in order of confidence: the member directory; compromise's lexicon
 * and tagger for names it knows ("Sarah Connor", "Will" mid-sentence); and name shapes for names nobody
 * knows ("Priya Raman", "Siobhán Ní Bhriain"): two to four capitalised words none of which is an everyday
 * word, product or place, or one such word after a cue ("ask Ngozi", "Dr. Okafor", "@Priya"). At a
 * sentence start, where every word is capitalised, a shape needs what follows names ("said", ", our…", "'s").
 */
export type { DetectedEntity, EntityType, GuardOptions, SecretKind } from './types.ts';
export { ENTITY_TYPES } from './types.ts';
export { detectEntities } from './detect-entities.ts';
export { redact } from './redact.ts';
export { Pseudonymizer } from './pseudonymizer.ts';
export type { RestoreResult } from './restore.ts';
export { createRestoreStream, splitAtSafeBoundary, type RestoreStream, type Restorer } from './restore-stream.ts';
export { SECRET_REMOVED } from './placeholder-syntax.ts';
export { clearGuardCaches } from './bounded-cache.ts';
export { pseudonymizeWithLastFilter, type GuardedMessages } from './guard-cloud-messages.ts';
export { FINDINGS_SCHEMA, type LastFilter, type LocalJsonGenerate, type LocalJsonRequest } from './local-model-filter.ts';
export { warmGuard } from './warm-guard.ts';
