/** Whether `index` begins a sentence or clause: only whitespace, quotes or list markers since the last `.!?:;` or line break. */
export function isSentenceStart(text: string, index: number): boolean {
  for (let cursor = index - 1; cursor >= 0; cursor -= 1) {
    const character = text[cursor] ?? '';
    if (character === '\n' || '.!?:;'.includes(character)) return true;
    if (!' \t"\'“‘(*_>-•'.includes(character)) return false;
  }
  return true;
}
