/**
 * One parser for every platform: Slack and Discord slash commands arrive as text (`/ask …`),
 * so the shell, a mention and a slash command all mean the same thing.
 */
export interface ParsedCommand {
  /** Lower-case command name without the slash; `ask` for plain text. */
  name: string;
  /** Whether the user typed a command (`/x`) rather than plain text. */
  explicit: boolean;
  /** The rest of the line, flags removed. */
  args: string;
  flags: RouteFlags;
}

export interface RouteFlags {
  /** `--cloud`: ask for a frontier model (the router may refuse). */
  cloud: boolean;
  /** `--local`: never leave the building for this request. */
  local: boolean;
  /** Set by the "Ask a stronger model" button, never typed: the cloud answer's marker says why. */
  strongerModel?: boolean;
}

const FLAG_PATTERN = /(^|\s)--(cloud|local)(?=\s|$)/gi;
/** People type `/tandem help`, `@tandem summarize`, `summarize this` — treat leading words as commands too. */
const WORD_COMMANDS = new Set(['help', 'summarize', 'summarise', 'spend', 'status']);

export function parseCommand(text: string): ParsedCommand {
  const flags: RouteFlags = { cloud: false, local: false };
  const withoutFlags = text.replace(FLAG_PATTERN, (_match, lead: string, flag: string) => {
    flags[flag.toLowerCase() as keyof RouteFlags] = true;
    return lead;
  });
  const trimmed = withoutFlags.trim();
  const slash = /^\/([a-z][\w-]*)\s*([\s\S]*)$/i.exec(trimmed);
  if (slash) {
    const name = slash[1]!.toLowerCase();
    const rest = slash[2]!.trim();
    // `/tandem help` and `/tandem ask …`: the umbrella command forwards to its first word.
    if (name === 'tandem') return parseCommand(rest.length > 0 ? `/${rest}` : '/help');
    return { name, explicit: true, args: rest, flags };
  }
  const firstWord = /^(\w+)[\s,:.!?]*([\s\S]*)$/.exec(trimmed);
  if (firstWord && WORD_COMMANDS.has(firstWord[1]!.toLowerCase()) && isBareCommand(firstWord[2]!)) {
    return { name: firstWord[1]!.toLowerCase(), explicit: true, args: firstWord[2]!.trim(), flags };
  }
  return { name: 'ask', explicit: false, args: trimmed, flags };
}

/** "summarize" / "summarize this thread" are commands; "help me find the VPN guide" is a question. */
function isBareCommand(rest: string): boolean {
  const words = rest.trim().toLowerCase();
  return words === '' || /^(this|the|that)?\s*(thread|conversation|channel|chat)?\s*(please)?[.!]?$/.test(words) || /^(short|detailed|\d+|24h|7d)\b/.test(words);
}
