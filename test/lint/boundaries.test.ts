/**
 * `.ci/run` lints before it tests, and the lint fails on a boundary violation. ESLint's own Node API
 * lints small sources as if they sat at the given paths, with the project's eslint.config.js.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('architecture boundaries enforced by the lint', () => {
  it('an adapter importing the bot fails', async () => {
    const found = await problems('src/adapters/slack/shortcut.ts', "import { createBot } from '../../bot/bot.ts';\nexport const make = createBot;\n");
    expect(found).toEqual([expect.stringMatching(/no-restricted-imports: .*never import the bot/)]);
  });

  it('the core importing an adapter fails', async () => {
    const found = await problems('src/spend/notify.ts', "import { createSlackAdapter } from '../adapters/slack/index.ts';\nexport const make = createSlackAdapter;\n");
    expect(found).toEqual([expect.stringMatching(/never depends on a platform/)]);
  });

  it('a vendor SDK outside its provider file fails; inside it passes', async () => {
    expect(await problems('src/bot/answer/quick.ts', "import OpenAI from 'openai';\nexport const client = OpenAI;\n")).toEqual([expect.stringMatching(/Vendor SDKs/)]);
    expect(await problems('src/router/providers/openai.ts', "import OpenAI from 'openai';\nexport const client = OpenAI;\n")).toEqual([]);
  });

  it('a cloud provider reached around the escalation fails, except from the composition root', async () => {
    const code = "import { createAnthropicProvider } from '../router/providers/anthropic.ts';\nexport const make = createAnthropicProvider;\n";
    expect(await problems('src/bot/shortcut.ts', code)).toEqual([expect.stringMatching(/cloud-escalation/)]);
    expect(await problems('src/app/build-more.ts', code)).toEqual([]);
  });

  it('process.env outside the CLI entry fails', async () => {
    expect(await problems('src/router/decide-more.ts', 'export const key = process.env.OPENAI_API_KEY;\n')).toEqual([expect.stringMatching(/no-restricted-properties/)]);
  });

  it('opening the database outside src/app fails; its type may be imported anywhere', async () => {
    expect(await problems('src/cli/commands/peek.ts', "import { openDatabase } from '../../../db/client.ts';\nexport const open = openDatabase;\n")).toEqual([expect.stringMatching(/Only src\/app opens the database/)]);
    expect(await problems('src/spend/peek.ts', "import type { TandemDb } from '../../db/client.ts';\nexport type Db = TandemDb;\n")).toEqual([]);
  });

  it('an import cycle fails', async () => {
    // commands/ask.ts imports ask-flow.ts; ask-flow importing it back closes a cycle.
    const found = await problems('src/bot/ask-flow.ts', "import { askCommand } from './commands/ask.ts';\nexport const command = askCommand;\n");
    expect(found).toEqual([expect.stringMatching(/^import-x\/no-cycle: Dependency cycle/)]);
  });
});
