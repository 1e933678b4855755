/**
 * Links in a knowledge folder are judged when the folder is listed; the files are read later. Whoever
 * can write to an open folder could swap a file for a link to `.env` (or to a restricted folder's file)
 * in between: the read must refuse what the listing did not check. The swap happens right after the
 * (synchronous) listing, while the files before it in the folder are read.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedDatabase } from '../../db/client.ts';
import { KnowledgeBase } from '../../src/knowledge/index.ts';
import { memoryDatabase, scope } from './fixtures.ts';

const SECRET = 'DATABASE_PASSWORD=hunter2-zebra-quokka';

let base: string | undefined;
let database: OpenedDatabase | undefined;
afterEach(() => {
  database?.close();
  if (base) rmSync(base, { recursive: true, force: true });
  base = database = undefined;
});

function openFolderBesideSecret(): { folder: string; secretFile: string } {
  base = mkdtempSync(join(tmpdir(), 'tandem-link-swap-'));
  const folder = join(base, 'open');
  mkdirSync(folder);
  const secretFile = join(base, '.env');
  writeFileSync(secretFile, `${SECRET}\n`);
  // Enough pages before it that reading reaches the last one only after the swap.
  for (let page = 0; page < 50; page += 1) writeFileSync(join(folder, `a${String(page).padStart(3, '0')}.md`), `# Page ${page}\n\nOrdinary page number ${page} about printers.\n`);
  writeFileSync(join(folder, 'zz-settings.md'), '# Settings\n\nNothing here yet.\n');
  return { folder, secretFile };
}

describe('a file swapped for a link after the folder was listed', () => {
  it('is not read: the secret it points to is never indexed, and the file is reported skipped', async () => {
    const { folder, secretFile } = openFolderBesideSecret();
    database = memoryDatabase();
    const knowledge = new KnowledgeBase({ database });
    setImmediate(() => {
      unlinkSync(join(folder, 'zz-settings.md'));
      symlinkSync(secretFile, join(folder, 'zz-settings.md'));
    });

    const { summary } = await knowledge.addSource({ path: folder, name: 'open' });

    const indexed = database.sqlite.prepare<[], string>('SELECT text FROM knowledge_chunks').pluck().all().join('\n');
    expect(indexed).not.toContain('hunter2');
    expect((await knowledge.retrieve('DATABASE_PASSWORD hunter2 zebra quokka', scope('general'))).chunks.map((chunk) => chunk.text).join('\n')).not.toContain('hunter2');
    expect(summary.skipped).toContainEqual({ path: 'open/zz-settings.md', reason: expect.stringMatching(/replaced by a link while being indexed/) as unknown as string });
    // The pages that were not touched are indexed as usual.
    expect(indexed).toContain('Ordinary page number 49');
  });
});
