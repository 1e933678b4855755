/**
 * Splits Markdown into pieces of at most `maxLength` characters for Discord's 2,000-character
 * messages: at a paragraph break if one is in reach, else a line break, else a space. A code block
 * cut in two is closed at the end of one piece and reopened (same language) at the start of the next,
 * so both render as code.
 */
const FENCE = /^ {0,3}(```+|~~~+)(.*)$/;
const CLOSE_RESERVE = 4; // "\n```"

export function splitMarkdown(text: string, maxLength: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  let reopen = '';
  while (rest.length > 0) {
    const budget = maxLength - reopen.length;
    if (rest.length <= budget) {
      pieces.push(reopen + rest);
      break;
    }
    const cut = findCut(rest, budget - CLOSE_RESERVE);
    const head = rest.slice(0, cut).trimEnd();
    const openFence = unclosedFence(reopen + head);
    pieces.push(reopen + head + (openFence ? '\n```' : ''));
    rest = rest.slice(cut).trimStart();
    reopen = openFence ? `${openFence}\n` : '';
  }
  return pieces.filter((piece) => piece.trim().length > 0);
}

/** Index to cut `text` at, at most `limit`, preferring natural breaks in the latter half. */
function findCut(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  const floor = Math.floor(limit / 2);
  for (const separator of ['\n\n', '\n', ' ']) {
    const index = window.lastIndexOf(separator);
    if (index >= floor) return index;
  }
  // No break in reach: hard cut, but never between the two halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** The opening line (e.g. "```ts") of a code block left open at the end of `text`, if any. */
function unclosedFence(text: string): string | undefined {
  let open: string | undefined;
  for (const line of text.split('\n')) {
    const match = FENCE.exec(line);
    if (!match) continue;
    open = open === undefined ? line.trim() : undefined;
  }
  return open;
}
