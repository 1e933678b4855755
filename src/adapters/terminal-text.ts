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

export interface TerminalSafeStream {
  /** The part of the text so far that is safe to show now. */
  write(piece: string): string;
  /** Whatever was held back, made safe, at the end of the stream. */
  end(): string;
}

/** A whole escape sequence at the start of the text (the forms ESCAPE_SEQUENCE removes, each closed). */
const WHOLE_ESCAPE = /^\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[PX^_][^\u001b]*\u001b\\|[^[\]PX^_])/;
/** An unclosed sequence longer than this is let through (made safe): it cannot hold the stream up forever. */
const MOST_HELD = 4096;

/**
 * terminalSafe for text that arrives in pieces, as a streamed answer does: an escape sequence cut
 * between two pieces would otherwise pass as two harmless-looking halves, so from an unfinished
 * escape on, the text is held back until the sequence closes (or the stream ends).
 */
export function terminalSafeStream(): TerminalSafeStream {
  let held = '';
  return {
    write(piece) {
      const text = held + piece;
      const escape = text.lastIndexOf('\u001b');
      const whole = escape < 0 || text.length - escape > MOST_HELD || WHOLE_ESCAPE.test(text.slice(escape));
      // A "\r" that ends a piece may be the first half of a "\r\n" (one line break, not two).
      const cut = whole ? (text.endsWith('\r') ? text.length - 1 : text.length) : escape;
      held = text.slice(cut);
      return terminalSafe(text.slice(0, cut));
    },
    end() {
      const rest = terminalSafe(held);
      held = '';
      return rest;
    },
  };
}
