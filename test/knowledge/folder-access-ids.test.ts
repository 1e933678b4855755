/**
 * Knowledge folders restricted by channel id are matched by that id only — exactly — never by a
 * channel whose *name* is spelled like the id (Slack names are lower case, so `c0legal01` is a name
 * anyone can give a channel; Discord names can be digits).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { KnowledgeBase } from '../../src/knowledge/index.ts';
import { memoryDatabase, scope, tempFolder, type TempFolder } from './fixtures.ts';

const SLACK_LEGAL = 'C0LEGAL01';
const DISCORD_LEGAL = '1310000000000000204';

let database: OpenedDatabase;
let legal: TempFolder;
beforeEach(() => {
  database = memoryDatabase();
  legal = tempFolder({ 'settlement.md': '# Settlement\n\nThe settlement budget for the dispute is confidential.\n' });
});
afterEach(() => {
  database.close();
  legal.cleanup();
});

async function seesLegal(knowledge: KnowledgeBase, channel: ReturnType<typeof scope>): Promise<boolean> {
  const result = await knowledge.retrieve('settlement budget', channel, { limit: 5 });
  return result.chunks.some((chunk) => chunk.source.startsWith('legal/'));
}

describe('folders restricted by channel id', () => {
  it.each([
    ['Slack', SLACK_LEGAL, SLACK_LEGAL.toLowerCase(), 'C0IMPOSTOR'],
    ['Discord', DISCORD_LEGAL, DISCORD_LEGAL, '1310000000000000999'],
  ])('%s: the id sees the folder, a channel named like the id does not', async (_platform, id, lookalikeName, otherId) => {
    const knowledge = new KnowledgeBase({ database });
    await knowledge.ingest([{ path: legal.path, name: 'legal', channels: [id] }]);
    expect(await seesLegal(knowledge, scope('legal', { channelId: id }))).toBe(true);
    expect(await seesLegal(knowledge, scope(lookalikeName, { channelId: otherId }))).toBe(false);
  });

  it('names still match whatever their case, with or without #', async () => {
    const knowledge = new KnowledgeBase({ database });
    await knowledge.ingest([{ path: legal.path, name: 'legal', channels: ['#Legal'] }]);
    expect(await seesLegal(knowledge, scope('legal', { channelId: 'C0ANY00001' }))).toBe(true);
  });
});
