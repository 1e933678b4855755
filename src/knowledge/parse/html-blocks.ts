/**
 * Turns a stream of HTML open tags, close tags and text into blocks. Text goes to exactly one sink
 * at a time — a <pre>, a table cell, a list item, or the current paragraph/heading — which keeps
 * the rules simple and makes unclosed tags harmless.
 */
import type { Block } from './document.ts';
import { squeezeSpaces } from './document.ts';

/** Elements that end a paragraph: text on either side of them is not one sentence. */
const BREAKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'hr', 'dl', 'dt', 'dd',
  'figure', 'figcaption', 'form', 'fieldset', 'address', 'details', 'summary', 'caption', 'body', 'html',
]);
const HEADING = /^h([1-6])$/;

interface TableState { rows: string[][]; row: string[] | undefined; cell: string | undefined }

export class HtmlBlockBuilder {
  private readonly blocks: Block[] = [];
  private buffer = '';
  private heading: number | undefined;
  private pre: string | undefined;
  private table: TableState | undefined;
  private readonly lists: Array<{ ordered: boolean; count: number }> = [];
  private items: string[] = [];
  private item: string | undefined;

  open(tag: string): void {
    if (this.pre !== undefined) return;
    if (tag === 'pre') {
      this.endParagraph();
      this.pre = '';
    } else if (this.table) this.openInTable(tag);
    else if (this.lists.length > 0) this.openInList(tag);
    else if (tag === 'table') {
      this.endParagraph();
      this.table = { rows: [], row: undefined, cell: undefined };
    } else if (tag === 'ul' || tag === 'ol') {
      this.endParagraph();
      this.lists.push({ ordered: tag === 'ol', count: 0 });
    } else if (HEADING.test(tag)) {
      this.endParagraph();
      this.heading = Number(tag.slice(1));
    } else if (tag === 'br') this.buffer += ' ';
    else if (BREAKS.has(tag)) this.endParagraph();
  }

  close(tag: string): void {
    if (this.pre !== undefined) {
      if (tag === 'pre') this.endPre();
    } else if (this.table) this.closeInTable(tag);
    else if (this.lists.length > 0) this.closeInList(tag);
    else if (HEADING.test(tag) || BREAKS.has(tag)) this.endParagraph();
  }

  text(text: string): void {
    if (this.pre !== undefined) {
      this.pre += text;
      return;
    }
    const flat = text.replace(/\s+/g, ' ');
    if (this.table) {
      if (this.table.cell !== undefined) this.table.cell += flat;
    } else if (this.lists.length > 0) {
      if (this.item === undefined && flat.trim() !== '') this.startItem();
      if (this.item !== undefined) this.item += flat;
    } else this.buffer += flat;
  }

  finish(): Block[] {
    if (this.pre !== undefined) this.endPre();
    if (this.table) this.endTable();
    while (this.lists.length > 0) this.closeInList('ul');
    this.endParagraph();
    return this.blocks;
  }

  private endParagraph(): void {
    const text = squeezeSpaces(this.buffer);
    this.buffer = '';
    if (text !== '') this.blocks.push(this.heading !== undefined ? { kind: 'heading', level: this.heading, text } : { kind: 'paragraph', text });
    this.heading = undefined;
  }

  private endPre(): void {
    const lines = (this.pre ?? '').replace(/^\r?\n/, '').replace(/\s+$/, '').split(/\r?\n/);
    this.pre = undefined;
    if (lines.some((line) => line.trim() !== '')) this.blocks.push({ kind: 'code', fence: '```', lines });
  }

  private openInTable(tag: string): void {
    const table = this.table!;
    if (tag === 'tr') {
      this.endRow();
      table.row = [];
    } else if (tag === 'td' || tag === 'th') {
      this.endCell();
      table.cell = '';
    } else if ((tag === 'br' || BREAKS.has(tag)) && table.cell !== undefined) table.cell += ' ';
  }

  private closeInTable(tag: string): void {
    if (tag === 'td' || tag === 'th') this.endCell();
    else if (tag === 'tr') this.endRow();
    else if (tag === 'table') this.endTable();
  }

  private endCell(): void {
    const table = this.table!;
    if (table.cell === undefined) return;
    (table.row ??= []).push(squeezeSpaces(table.cell).replace(/\|/g, '\\|'));
    table.cell = undefined;
  }

  private endRow(): void {
    this.endCell();
    const table = this.table!;
    if (table.row?.some((cell) => cell !== '')) table.rows.push(table.row);
    table.row = undefined;
  }

  private endTable(): void {
    this.endRow();
    const [first, ...rest] = this.table!.rows;
    this.table = undefined;
    if (!first) return;
    const width = Math.max(first.length, ...rest.map((row) => row.length));
    const format = (row: string[]) => `| ${Array.from({ length: width }, (_, index) => row[index] ?? '').join(' | ')} |`;
    const separator = `| ${Array.from({ length: width }, () => '---').join(' | ')} |`;
    this.blocks.push({ kind: 'table', header: [format(first), separator], rows: rest.map(format) });
  }

  private openInList(tag: string): void {
    if (tag === 'ul' || tag === 'ol') this.lists.push({ ordered: tag === 'ol', count: 0 });
    else if (tag === 'li') this.startItem();
    else if ((tag === 'br' || BREAKS.has(tag)) && this.item !== undefined) this.item += ' ';
  }

  private closeInList(tag: string): void {
    if (tag === 'li' && this.lists.length === 1) this.finishItem();
    if (tag !== 'ul' && tag !== 'ol') return;
    this.lists.pop();
    if (this.lists.length > 0) return;
    this.finishItem();
    if (this.items.length > 0) this.blocks.push({ kind: 'list', items: this.items });
    this.items = [];
  }

  private startItem(): void {
    const depth = this.lists.length;
    const list = this.lists[depth - 1]!;
    list.count += 1;
    const marker = list.ordered ? `${list.count}.` : '-';
    if (depth === 1) {
      this.finishItem();
      this.item = `${marker} `;
    } else this.item = `${this.item ?? ''}\n${'  '.repeat(depth - 1)}${marker} `;
  }

  private finishItem(): void {
    if (this.item === undefined) return;
    const lines = this.item.split('\n').map((line) => (/^ */.exec(line)?.[0] ?? '') + squeezeSpaces(line));
    this.item = undefined;
    const text = lines.filter((line) => !/^\s*(?:-|\d+\.)$/.test(line)).join('\n');
    if (!/^\s*(?:-|\d+\.)?\s*$/.test(text)) this.items.push(text);
  }
}
