/**
 * Text that grows while a model writes it, shown on a chat platform at a pace the platform allows:
 * the first show goes out at once (people see the first words as soon as they exist), later ones
 * wait out the interval, and shows never overlap. Slack's stream and Discord's progressive edits
 * differ only in how one show is made, so that is all they supply.
 */
export interface PacedText {
  /** Everything written so far. */
  readonly text: string;
  /** How much of `text` the platform already shows. */
  readonly shown: number;
  /** When the last show went out (ms since the epoch), for a final show that keeps the pace. */
  readonly lastShownAt: number;
  append(more: string): void;
  /** Cancels a pending show and waits for the one in flight: afterwards nothing more is shown by itself. */
  settle(): Promise<void>;
  /** Shows what is not shown yet, now (a closing path's last show). */
  showNow(): Promise<void>;
}

/** `show(text, from)` makes one show of `text` (of which `text.slice(0, from)` is already shown). */
export type ShowText = (text: string, from: number) => Promise<void>;

export function pacedText(initial: string, intervalMs: number, show: ShowText, onError: (error: unknown) => void): PacedText {
  let text = initial;
  let shown = 0;
  let lastShownAt = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();

  const send = async (): Promise<void> => {
    timer = undefined;
    if (shown === text.length) return;
    const upTo = text.length;
    lastShownAt = Date.now();
    await show(text.slice(0, upTo), shown);
    shown = upTo;
  };

  const schedule = (): void => {
    if (timer !== undefined) return;
    const wait = Math.max(0, lastShownAt + intervalMs - Date.now());
    timer = setTimeout(() => {
      chain = chain.then(send).catch(onError);
    }, wait);
  };

  if (text.length > 0) schedule();
  return {
    get text() {
      return text;
    },
    get shown() {
      return shown;
    },
    get lastShownAt() {
      return lastShownAt;
    },
    append(more) {
      text += more;
      schedule();
    },
    async settle() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await chain;
    },
    showNow: send,
  };
}
