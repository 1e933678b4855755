/**
 * Reads the optional YAML file and the environment, validates them once, and either returns a
 * complete config or throws a ConfigError naming every bad key, its value and what is allowed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ConfigError, type ConfigIssue } from '../errors.ts';
import { ENVIRONMENT_KEYS, normalizeEnvironmentValue, type EnvironmentKey } from './environment.ts';
import { configSchema, type TandemConfig } from './schema.ts';
import { isSecretPath, maskSecret } from './secrets.ts';
import { describeAllowed } from './describe-issue.ts';
import { applyCloudDefaults } from './cloud-defaults.ts';
import { applyPlatformDefaults } from './platform-defaults.ts';
import { findUnsafeIntegers } from './unsafe-numbers.ts';

export const DEFAULT_CONFIG_FILE = 'tandem.config.yaml';

export interface LoadConfigOptions {
  /** Usually process.env; injected so tests need not touch the real one. */
  environment: Record<string, string | undefined>;
  cwd: string;
  /** Values from command-line flags (e.g. `--db`), which win over file and environment. */
  overrides?: { databasePath?: string };
}

export interface LoadedConfig {
  config: TandemConfig;
  /** The file that was read, if any. */
  file: string | undefined;
  /** Which environment variables contributed, for `config check`. */
  environmentKeys: EnvironmentKey[];
}

type RawTree = Record<string, unknown>;

export function loadConfig(options: LoadConfigOptions): LoadedConfig {
  const file = locateConfigFile(options);
  const { raw, unsafe } = file ? readConfigFile(file) : { raw: {}, unsafe: [] };
  const fromEnvironment = new Map<string, EnvironmentKey>();
  for (const [name, path] of Object.entries(ENVIRONMENT_KEYS) as Array<[EnvironmentKey, readonly string[]]>) {
    const value = options.environment[name];
    if (value === undefined || value === '') continue;
    setPath(raw, path, normalizeEnvironmentValue(name, value));
    fromEnvironment.set(path.join('.'), name);
  }
  if (options.overrides?.databasePath) setPath(raw, ['database', 'path'], options.overrides.databasePath);

  const parsed = configSchema.safeParse(raw);
  if (!parsed.success || unsafe.length > 0) {
    // Every problem at once; a rounded id's own type error would only repeat the unsafe-id one.
    const others = parsed.success ? [] : toConfigIssues(parsed.error, raw, fromEnvironment);
    // A misspelled key's own issue hides its value; a rounded number under it adds nothing but the digits.
    const unknown = new Set(others.filter((issue) => issue.valueHidden).map((issue) => issue.key));
    const underUnknown = (key: string) => [...unknown].some((prefix) => key === prefix || key.startsWith(`${prefix}.`));
    const rounded = unsafe.filter((issue) => !underUnknown(issue.key)).map(withSecretDigitsHidden);
    const flagged = new Set(rounded.map((issue) => issue.key));
    throw new ConfigError([...rounded, ...others.filter((issue) => !flagged.has(issue.key))]);
  }
  const config = applyPlatformDefaults(applyCloudDefaults(parsed.data));
  config.database.path = config.database.path === ':memory:' ? ':memory:' : resolve(options.cwd, config.database.path);
  return { config, file, environmentKeys: [...fromEnvironment.values()] };
}

function locateConfigFile(options: LoadConfigOptions): string | undefined {
  const explicit = options.environment.TANDEM_CONFIG;
  if (explicit) {
    const path = resolve(options.cwd, explicit);
    if (!existsSync(path)) {
      throw new ConfigError([{ key: 'TANDEM_CONFIG', value: explicit, allowed: 'the path of an existing YAML file' }]);
    }
    return path;
  }
  const fallback = resolve(options.cwd, DEFAULT_CONFIG_FILE);
  return existsSync(fallback) ? fallback : undefined;
}

function readConfigFile(path: string): { raw: RawTree; unsafe: ConfigIssue[] } {
  let parsed: unknown;
  let unsafe: ConfigIssue[] = [];
  try {
    const text = readFileSync(path, 'utf8');
    unsafe = findUnsafeIntegers(text);
    parsed = parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError([{ key: path, value: reason, allowed: 'valid YAML' }]);
  }
  if (parsed === null || parsed === undefined) return { raw: {}, unsafe };
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    // The file's text is not echoed: it may be a credential pasted into the wrong file.
    const kind = Array.isArray(parsed) ? 'a list' : `a single ${typeof parsed}`;
    throw new ConfigError([{ key: path, value: undefined, valueHidden: true, allowed: `a YAML mapping of sections (local, cloud, …), not ${kind}` }]);
  }
  return { raw: parsed as RawTree, unsafe };
}

/** A credential YAML would round (`signingSecret: 98765432109876543210987`): refused without its digits. */
function withSecretDigitsHidden(issue: ConfigIssue): ConfigIssue {
  if (!isSecretPath(issue.key.split('.'))) return issue;
  return { key: issue.key, value: undefined, valueHidden: true, allowed: 'a quoted string (unquoted, YAML reads it as a number and rounds it)' };
}

function setPath(tree: RawTree, path: readonly string[], value: unknown): void {
  let node = tree;
  for (const key of path.slice(0, -1)) {
    const child = node[key];
    if (child === null || typeof child !== 'object' || Array.isArray(child)) node[key] = {};
    node = node[key] as RawTree;
  }
  node[path[path.length - 1] as string] = value;
}

function getPath(tree: unknown, path: readonly PropertyKey[]): unknown {
  let node = tree;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function toConfigIssues(error: z.ZodError, raw: RawTree, fromEnvironment: Map<string, EnvironmentKey>): ConfigIssue[] {
  return error.issues.flatMap((issue) => {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((path) => {
      const dotted = path.map(String).join('.');
      const value = getPath(raw, path);
      // A misspelled key may well hold a credential (`slack.bot_token`), a number included: its value is never echoed.
      const hidden = issue.code === 'unrecognized_keys' && value !== undefined && value !== null;
      return {
        key: fromEnvironment.get(dotted) ?? dotted,
        value: isSecretPath(path.map(String)) ? maskSecret(value) : value,
        ...(hidden ? { valueHidden: true } : {}),
        allowed: describeAllowed(issue, path),
      };
    });
  });
}
