/**
 * Text from documents and chats shown in a terminal. Escape sequences in a document could clear
 * the screen, rewrite earlier lines, retitle the window or plant a hyperlink that reads one way and
 * goes another (OSC 8); bidirectional overrides can make text read in a different order than it
 * runs. All of them are removed; tabs and newlines stay.
 */
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|.)?/g;
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ESCAPE_SEQUENCE, '').replace(CONTROL_CHARACTER, '');
}
