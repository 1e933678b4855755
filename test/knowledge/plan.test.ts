import { describe, expect, it } from 'vitest';
import { planIngest, type IndexedDocument, type PlanScope } from '../../src/knowledge/ingest/plan.ts';

const indexed: IndexedDocument[] = [
  { id: 1, sourcePath: 'hb/a.md', folder: 'hb', contentHash: 'A' },
  { id: 2, sourcePath: 'hb/b.md', folder: 'hb', contentHash: 'B' },
  { id: 3, sourcePath: 'hb/c.md', folder: 'hb', contentHash: 'C' },
  { id: 4, sourcePath: 'old/x.md', folder: 'old', contentHash: 'X' },
];
const everything: PlanScope = { scannedFolders: new Set(['hb']), sourceFolders: new Set(['hb']), prune: true, removeOtherFolders: false };

describe('ingest planner', () => {
  it('sorts files into unchanged, update, add, rename and remove', () => {
    const plan = planIngest(indexed, [
      { sourcePath: 'hb/a.md', folder: 'hb', contentHash: 'A' },
      { sourcePath: 'hb/b.md', folder: 'hb', contentHash: 'B2' },
      { sourcePath: 'hb/moved/c.md', folder: 'hb', contentHash: 'C' },
      { sourcePath: 'hb/new.md', folder: 'hb', contentHash: 'N' },
    ], everything);
    expect(plan.unchanged.map((document) => document.sourcePath)).toEqual(['hb/a.md']);
    expect(plan.update).toEqual([{ document: expect.objectContaining({ sourcePath: 'hb/b.md' }), id: 2 }]);
    expect(plan.add.map((document) => document.sourcePath)).toEqual(['hb/new.md']);
    expect(plan.rename).toEqual([{ document: expect.objectContaining({ sourcePath: 'hb/moved/c.md' }), from: indexed[2] }]);
    expect(plan.remove).toEqual([]);
  });

  it('removes vanished files only when pruning, and never from a folder it could not list', () => {
    expect(planIngest(indexed, [], everything).remove.map((document) => document.id)).toEqual([1, 2, 3]);
    expect(planIngest(indexed, [], { ...everything, prune: false }).remove).toEqual([]);
    expect(planIngest(indexed, [], { ...everything, scannedFolders: new Set() }).remove).toEqual([]);
  });

  it('removes folders that are no longer sources only with removeOtherFolders', () => {
    expect(planIngest(indexed, [], { ...everything, prune: false, removeOtherFolders: true }).remove.map((document) => document.id)).toEqual([4]);
  });

  it('pairs duplicates of one content with distinct vanished files, one each', () => {
    const twins: IndexedDocument[] = [{ id: 9, sourcePath: 'hb/one.md', folder: 'hb', contentHash: 'T' }];
    const plan = planIngest(twins, [
      { sourcePath: 'hb/two.md', folder: 'hb', contentHash: 'T' },
      { sourcePath: 'hb/three.md', folder: 'hb', contentHash: 'T' },
    ], everything);
    expect(plan.rename).toHaveLength(1);
    expect(plan.add).toHaveLength(1);
  });
});
