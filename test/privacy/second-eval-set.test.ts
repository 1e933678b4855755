// The second privacy evaluation set is data: these checks keep it well-formed (labels point at the
// values they name, the halves never share a template or a message, runs are reproducible).
import { describe, expect, it } from 'vitest';
import { generateSecondSet, halfOfTemplate } from '../../scripts/eval/privacy-second/generate.ts';
import { loadPiiFreeSet } from '../../scripts/eval/privacy-second/pii-free-set.ts';
import { TEMPLATES } from '../../scripts/eval/privacy-second/templates.ts';

const templateOf = (id: string): number => Number(/-t(\d+)-/.exec(id)?.[1]);

describe('second privacy evaluation set', () => {
  const dev = generateSecondSet('dev');
  const held = generateSecondSet('held');

  it('has at least 500 labelled messages from at least 60 templates, a third of them held back', () => {
    expect(dev.length + held.length).toBeGreaterThanOrEqual(500);
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(60);
    const heldTemplates = TEMPLATES.filter((_, index) => halfOfTemplate(index) === 'held').length;
    expect(heldTemplates).toBe(Math.floor(TEMPLATES.length / 3));
  });

  it('never puts one template in both halves', () => {
    const devTemplates = new Set(dev.map((message) => templateOf(message.id)));
    for (const message of held) expect(devTemplates.has(templateOf(message.id))).toBe(false);
  });

  it('labels spans that lie inside the text, hold a value and do not overlap', () => {
    for (const message of [...dev, ...held]) {
      const spans = [...message.spans].sort((a, b) => a.start - b.start);
      spans.forEach((span, index) => {
        expect(span.end).toBeLessThanOrEqual(message.text.length);
        expect(message.text.slice(span.start, span.end).trim()).not.toBe('');
        if (index > 0) expect(span.start).toBeGreaterThanOrEqual(spans[index - 1]!.end);
      });
    }
  });

  it('draws names from at least 14 locales', () => {
    expect(new Set([...dev, ...held].map((message) => message.locale)).size).toBeGreaterThanOrEqual(14);
  });

  it('builds the same messages on every run', () => {
    expect(generateSecondSet('dev')).toEqual(dev);
  });

  it('keeps at least 300 PII-free messages, a third held back, with no id in both halves', () => {
    const free = { dev: loadPiiFreeSet('dev'), held: loadPiiFreeSet('held') };
    const total = free.dev.length + free.held.length;
    expect(total).toBeGreaterThanOrEqual(300);
    expect(Math.abs(free.held.length - total / 3)).toBeLessThanOrEqual(1);
    const devIds = new Set(free.dev.map((message) => message.id));
    for (const message of free.held) expect(devIds.has(message.id)).toBe(false);
  });
});
