/**
 * One place decides what a Slack API failure means for the person waiting and for the log,
 * as Bolt's coded errors do: the WebClient's errors are mapped to a stable code plus a hint.
 */

/** A Web API call failed; `slackError` is Slack's own code (`not_in_channel`, …) when it sent one. */
export class SlackApiError extends Error {
  readonly code = 'SLACK_API_ERROR';

  constructor(
    readonly method: string,
    readonly slackError: string | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SlackApiError';
  }
}

interface PlatformErrorShape {
  code?: unknown;
  data?: { error?: unknown; needed?: unknown };
}

/** Slack's error code from a WebClient error (`{ok:false}` → platform error; 429 → `ratelimited`). */
export function slackErrorCode(error: unknown): string | undefined {
  if (error instanceof SlackApiError) return error.slackError;
  if (typeof error !== 'object' || error === null) return undefined;
  const shape = error as PlatformErrorShape;
  if (shape.code === 'slack_webapi_rate_limited_error') return 'ratelimited';
  if (shape.code !== 'slack_webapi_platform_error') return undefined;
  return typeof shape.data?.error === 'string' ? shape.data.error : undefined;
}

function neededScope(error: unknown): string | undefined {
  const cause = error instanceof SlackApiError ? error.cause : error;
  if (typeof cause !== 'object' || cause === null) return undefined;
  const needed = (cause as PlatformErrorShape).data?.needed;
  return typeof needed === 'string' ? needed : undefined;
}

/** Wraps a WebClient failure with the method name, so logs say which call failed and why. */
export function toSlackApiError(method: string, error: unknown): SlackApiError {
  if (error instanceof SlackApiError) return error;
  const code = slackErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  return new SlackApiError(method, code, `Slack ${method} failed: ${code ?? detail}`, { cause: error });
}

/** Calls a Web API method and rethrows failures as SlackApiError. */
export async function callSlack<T>(method: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toSlackApiError(method, error);
  }
}

/** What the person waiting should read, or undefined when the error is not theirs to fix. */
export function userHintFor(error: unknown): string | undefined {
  switch (slackErrorCode(error)) {
    case 'not_in_channel':
    case 'channel_not_found':
      return "I'm not a member of this channel, so I can't post or read here. Invite me with `/invite @tandem` and try again.";
    case 'missing_scope': {
      const scope = neededScope(error);
      const needed = scope ? ` (\`${scope}\`)` : '';
      return `I don't have the Slack permission for that${needed}. Ask a workspace admin to reinstall tandem with it.`;
    }
    case 'is_archived':
      return 'This channel is archived, so I cannot post in it.';
    case 'ratelimited':
      return 'Slack is rate-limiting me right now. Please try again in a minute.';
    default:
      return undefined;
  }
}

/** Errors that mean "the bot is misconfigured for this channel", worth a clear log line. */
export function isAccessError(error: unknown): boolean {
  const code = slackErrorCode(error);
  return code === 'not_in_channel' || code === 'channel_not_found' || code === 'missing_scope';
}
