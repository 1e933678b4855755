export { createSlackAdapter, type SlackAdapter } from './slack-adapter.ts';
export type { SlackAdapterLogger, SlackAdapterOptions, SlackRetryConfig } from './options.ts';
export { SlackApiError } from './slack-errors.ts';
export { SLASH_COMMANDS, SUMMARIZE_SHORTCUT_ID } from './command-routes.ts';
