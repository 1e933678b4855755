import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/knowledge/chunk/chunker.ts';
import { parseMarkdown } from '../../src/knowledge/parse/markdown.ts';

const HANDBOOK_PAGE = `---
title: Benefits overview
url: https://handbook.example/benefits
owner: people-ops
---

# Benefits

Intro paragraph about benefits.

## Paid Time Off

You get 25 days.

### Sabbatical

After five years, four weeks.

## Health
Setext-free section with a table:

| Plan | Premium covered |
| --- | --- |
| Employee | 100% |
| Dependants | 75% |

Level 1 again
=============

Text under a setext heading.

Sub heading
-----------

\`\`\`bash
# not a heading, a shell comment
northgate up
\`\`\`

- item one
  - nested item
- item two
`;

describe('Markdown parsing', () => {
  const document = parseMarkdown(HANDBOOK_PAGE, 'benefits/overview.md');

  it('reads title and url from front matter and strips the front matter', () => {
    expect(document.title).toBe('Benefits overview');
    expect(document.link).toBe('https://handbook.example/benefits');
    expect(JSON.stringify(document.blocks)).not.toContain('people-ops');
  });

  it('builds heading paths from nested ATX and setext headings', () => {
    const paths = chunkDocument(document).map((chunk) => chunk.headingPath);
    expect(paths).toEqual([
      'Benefits',
      'Benefits > Paid Time Off',
      'Benefits > Paid Time Off > Sabbatical',
      'Benefits > Health',
      'Level 1 again',
      'Level 1 again > Sub heading',
    ]);
  });

  it('keeps a table whole, with its header', () => {
    const table = chunkDocument(document).find((chunk) => chunk.headingPath === 'Benefits > Health')!;
    expect(table.text).toContain('| Plan | Premium covered |\n| --- | --- |\n| Employee | 100% |\n| Dependants | 75% |');
  });

  it('does not read a # line inside a fenced code block as a heading', () => {
    const code = chunkDocument(document).find((chunk) => chunk.headingPath === 'Level 1 again > Sub heading')!;
    expect(code.text).toContain('```bash\n# not a heading, a shell comment\nnorthgate up\n```');
    expect(code.text).toContain('- item one\n  - nested item');
  });

  it('falls back to the first h1, then to the file name, for the title', () => {
    expect(parseMarkdown('# VPN access\n\ntext', 'it/vpn.md').title).toBe('VPN access');
    expect(parseMarkdown('just text', 'it/wifi-setup.md').title).toBe('Wifi setup');
  });

  it('keeps a broken front matter block out of the index without failing', () => {
    const broken = parseMarkdown('---\ntitle: [unclosed\n---\n# Real title\n\nBody.', 'x.md');
    expect(broken.title).toBe('Real title');
    expect(JSON.stringify(broken.blocks)).not.toContain('unclosed');
  });

  it('treats a --- line that is not front matter as a rule, not a heading', () => {
    const parsed = parseMarkdown('Intro.\n\n---\n\nAfter the rule.', 'x.md');
    expect(parsed.blocks).toEqual([
      { kind: 'paragraph', text: 'Intro.' },
      { kind: 'paragraph', text: 'After the rule.' },
    ]);
  });
});

describe('Chunking long Markdown', () => {
  it('splits a long list between items, never inside one, and overlaps consecutive chunks', () => {
    const items = Array.from({ length: 120 }, (_, index) => `- Rule ${index + 1}: expenses over ${index * 10} dollars need a receipt and a short note.`);
    const chunks = chunkDocument(parseMarkdown(`# Rules\n\n${items.join('\n')}\n`, 'rules.md'));
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.headingPath).toBe('Rules');
      expect(chunk.tokenCount).toBeLessThanOrEqual(480);
      for (const line of chunk.text.split('\n').filter(Boolean)) expect(line).toMatch(/^- Rule \d+: .*note\.$/);
    }
    // The second chunk opens with the last item(s) of the first: an answer at the cut is found whole.
    const opening = chunks[1]!.text.split('\n')[0]!;
    expect(chunks[0]!.text).toContain(opening);
    expect(chunks[0]!.text.endsWith(chunks[1]!.text.split('\n\n')[0]!)).toBe(true);
  });

  it('re-opens the fence when a long code block must be split', () => {
    const lines = Array.from({ length: 400 }, (_, index) => `echo "step ${index}"`);
    const chunks = chunkDocument(parseMarkdown(`# Script\n\n\`\`\`sh\n${lines.join('\n')}\n\`\`\`\n`, 'script.md'));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.text.startsWith('```sh\n')).toBe(true);
      expect(chunk.text.endsWith('\n```')).toBe(true);
    }
  });

  it('repeats the header row in every piece of a long table', () => {
    const rows = Array.from({ length: 200 }, (_, index) => `| City ${index} | $${100 + index} |`);
    const chunks = chunkDocument(parseMarkdown(`# Hotels\n\n| City | Cap |\n| --- | --- |\n${rows.join('\n')}\n`, 'hotels.md'));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.text.startsWith('| City | Cap |\n| --- | --- |\n')).toBe(true);
  });

  it('aims at ~300 tokens per chunk for long prose and splits at sentences', () => {
    const sentence = 'Employees may carry over five unused vacation days into the next calendar year. ';
    const chunks = chunkDocument(parseMarkdown(`# PTO\n\n${sentence.repeat(80)}`, 'pto.md'));
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.tokenCount).toBeGreaterThan(200);
      expect(chunk.tokenCount).toBeLessThanOrEqual(360);
      expect(chunk.text.trim().endsWith('year.')).toBe(true);
    }
  });

  it('chunks a megabyte-long line without spaces quickly (BPE would take hours on it)', () => {
    const blob = 'QUJD'.repeat(256 * 1024);
    const started = performance.now();
    const chunks = chunkDocument(parseMarkdown(`# Certificate\n\n\`\`\`\n${blob}\n\`\`\`\n\n| ${'x'.repeat(5000)} |\n|---|\n`, 'cert.md'));
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(chunks.length).toBeGreaterThan(100);
    expect(chunks.map((chunk) => chunk.text).join('').replace(/[^A-Z]/g, '').length).toBeGreaterThanOrEqual(blob.length * 0.75);
  });
});
