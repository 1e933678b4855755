import { isUnlistedNameWord } from './names-beside-names.ts';
import { isDictionaryWord } from './english-dictionary.ts';
import { isOrdinaryWord } from './ordinary-words.ts';
import { personBetween, type Candidate } from './types.ts';

/**
 * Who speaks in a pasted chat: "deepa.nair: build is red again⏎arjun: my bad, reverting", also after a
 * time stamp ("[10:02] dmitri: ok shipping tomorrow"). Each line of a
 * transcript opens with its speaker and a colon; when one speaker is a person the passes found, the
 * other speakers of the same transcript are people too — when the label is in the names list and is no
 * word ("error:", "note:"), tool ("dependabot:"), config key ("apiVersion:"), team or place. Two speaker lines at least: one "name: text" line alone is
 * as often a field.
 */
const SPEAKER = /^[ \t]*(\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[ap]m)?\]?[ \t]+)?@?([\p{L}][\p{L}\p{M}'’_-]*(?:\.[\p{L}][\p{L}\p{M}'’_-]*)?):[ \t]+\S/gimu;
const MOST_LINES = 200;

export function withSpeakerLabels(text: string, entities: readonly Candidate[]): Candidate[] {
  if (!text.includes(':') || !text.includes('\n')) return [...entities];
  const speakers = [...text.matchAll(SPEAKER)].slice(0, MOST_LINES).map((match) => {
    const start = match.index + match[0].indexOf(match[2]!, (match[1] ?? '').length);
    return { start, end: start + match[2]!.length, label: match[2]!, timed: match[1] !== undefined };
  });
  if (speakers.length < 2) return [...entities];
  const overlaps = (start: number, end: number) => entities.some((entity) => entity.start < end && start < entity.end);
  const spoken = speakers.some((speaker) => entities.some((entity) => entity.type === 'PERSON' && entity.start < speaker.end && speaker.start < entity.end));
  // Lines stamped with the time they were said ("[10:02] dmitri: ok") are a transcript whoever was found.
  const transcript = speakers.filter((speaker) => speaker.timed).length >= 2;
  if (!spoken && !transcript) return [...entities];
  const added = speakers
    .filter((speaker) => !overlaps(speaker.start, speaker.end) && (isPersonLabel(speaker.label) || (transcript && speaker.timed && isUnknownLabel(speaker.label))))
    .map((speaker) => personBetween(text, speaker.start, speaker.end));
  return added.length === 0 ? [...entities] : [...entities, ...added];
}

/** In a timed transcript, any speaker that is no word and no jargon ("tevita:", not "error:", "kubectl:"). */
function isUnknownLabel(label: string): boolean {
  if (label.length < 3 || label === label.toUpperCase()) return false;
  return label.split(/[._]/u).every((part) => part.length >= 2 && !isDictionaryWord(part.toLowerCase()) && !isOrdinaryWord(part));
}

/** A name of the names list, each part ("arjun", "deepa.nair"): bots, config keys and fields ("dependabot:", "apiVersion:", "pid:") are not. */
function isPersonLabel(label: string): boolean {
  const parts = label.toLowerCase().split(/[._]/u);
  if (label.length > 1 && label === label.toUpperCase()) return false;
  return parts.every((part) => part.length >= 3 && isUnlistedNameWord(part));
}
