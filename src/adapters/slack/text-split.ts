/**
 * Splits long text into pieces within a limit (Slack: 3,000 characters per section block),
 * preferring paragraph, then line, then word boundaries, and never leaving a code fence open.
 */

const FENCE = '```';
// Room for a closing fence plus newline added to a piece that ends inside a code block.
const FENCE_RESERVE = FENCE.length + 2;

function boundary(window: string, limit: number): number {
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(separator);
    // A boundary in the first half would waste too much of the piece; cut harder instead.
    if (at > limit / 2) return at + separator.length;
  }
  return limit;
}

function cutPoint(text: string, limit: number): number {
  const cut = boundary(text.slice(0, limit), limit);
  // Never cut inside a `<url|label>` link: move the cut before it when that wastes little.
  const open = text.lastIndexOf('<', cut - 1);
  const inLink = open > text.lastIndexOf('>', cut - 1) && open > limit / 2;
  return inLink ? open : cut;
}

function fenceOpen(text: string): boolean {
  return (text.split(FENCE).length - 1) % 2 === 1;
}

export function splitText(text: string, limit: number): string[] {
  if (limit <= FENCE_RESERVE * 2) throw new RangeError(`limit ${limit} is too small to split text`);
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = cutPoint(rest, limit - FENCE_RESERVE * 2);
    let piece = rest.slice(0, cut).trimEnd();
    rest = rest.slice(cut).replace(/^\n+/, '');
    if (fenceOpen(piece)) {
      // Close the fence here and reopen it in the next piece, so both render as code.
      piece = `${piece}\n${FENCE}`;
      rest = `${FENCE}\n${rest}`;
    }
    if (piece.length > 0) pieces.push(piece);
  }
  if (rest.trim().length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}
