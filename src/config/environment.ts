/**
 * The environment variables tandem reads, with the ecosystem's standard names, and where each lands
 * in the config tree. Only the composition root calls this; nothing deeper reads process.env.
 */
export const ENVIRONMENT_KEYS = {
  OLLAMA_HOST: ['local', 'host'],
  OPENAI_API_KEY: ['cloud', 'openai', 'apiKey'],
  OPENAI_BASE_URL: ['cloud', 'openai', 'baseUrl'],
  ANTHROPIC_API_KEY: ['cloud', 'anthropic', 'apiKey'],
  ANTHROPIC_BASE_URL: ['cloud', 'anthropic', 'baseUrl'],
  SLACK_BOT_TOKEN: ['slack', 'botToken'],
  SLACK_APP_TOKEN: ['slack', 'appToken'],
  SLACK_SIGNING_SECRET: ['slack', 'signingSecret'],
  SLACK_API_URL: ['slack', 'apiUrl'],
  DISCORD_TOKEN: ['discord', 'token'],
  TANDEM_DB: ['database', 'path'],
} as const satisfies Record<string, readonly string[]>;

export type EnvironmentKey = keyof typeof ENVIRONMENT_KEYS;

/** Ollama accepts `OLLAMA_HOST=0.0.0.0:11434` (no scheme); so must we. */
export function normalizeEnvironmentValue(name: EnvironmentKey, value: string): string {
  if (name === 'OLLAMA_HOST' && !/^[a-z]+:\/\//i.test(value)) {
    const host = value.startsWith('0.0.0.0') ? value.replace('0.0.0.0', '127.0.0.1') : value;
    return `http://${host}`;
  }
  return value;
}
