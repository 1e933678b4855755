import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/knowledge/chunk/chunker.ts';
import { parseHtml } from '../../src/knowledge/parse/html.ts';
import { parsePdf } from '../../src/knowledge/parse/pdf.ts';
import { parsePlainText } from '../../src/knowledge/parse/plain-text.ts';
import { DocumentRejectedError } from '../../src/knowledge/index.ts';
import { minimalPdf } from './fixtures.ts';

const PAGE = `<!DOCTYPE html>
<html><head>
  <title>Travel &amp; expenses</title>
  <link rel="canonical" href="https://wiki.example/travel?a=1&amp;b=2">
  <style>.secret { color: red }</style>
  <script>var token = "do-not-index";</script>
</head>
<body>
  <nav>Home › Finance</nav>
  <h1>Travel</h1>
  <p>Book through <a href="/tripwise">Tripwise</a>.<br>Economy only &mdash; always.</p>
  <!-- a comment that must not be indexed -->
  <h2>Hotels</h2>
  <table>
    <tr><th>City</th><th>Cap</th></tr>
    <tr><td>London</td><td>$250</td></tr>
  </table>
  <h3>Tips</h3>
  <ul>
    <li>Keep receipts
      <ul><li>even small ones</li></ul>
    </li>
    <li>Use the train</li>
  </ul>
  <pre><code>tripwise book --city london</code></pre>
  <h2>Meals</h2>
  <p>Per diem &#36;75, &#x24;90 abroad.
</body></html>`;

describe('HTML parsing', () => {
  const document = parseHtml(PAGE, 'finance/travel.html');
  const chunks = chunkDocument(document);
  const all = chunks.map((chunk) => chunk.text).join('\n');

  it('takes the title and canonical link from the head', () => {
    expect(document.title).toBe('Travel & expenses');
    expect(document.link).toBe('https://wiki.example/travel?a=1&b=2');
  });

  it('keeps h1–h3 as the heading path', () => {
    expect(chunks.map((chunk) => chunk.headingPath)).toEqual(['Travel', 'Travel > Hotels', 'Travel > Hotels > Tips', 'Travel > Meals']);
  });

  it('drops scripts, styles, navigation and comments', () => {
    for (const noise of ['do-not-index', 'color: red', 'Home › Finance', 'a comment']) expect(all).not.toContain(noise);
  });

  it('keeps tables, nested lists and preformatted code recognisable, and decodes entities', () => {
    expect(all).toContain('| City | Cap |\n| --- | --- |\n| London | $250 |');
    expect(all).toContain('- Keep receipts\n  - even small ones\n- Use the train');
    expect(all).toContain('```\ntripwise book --city london\n```');
    expect(all).toContain('Book through Tripwise. Economy only — always.');
    expect(all).toContain('Per diem $75, $90 abroad.');
  });
});

describe('plain text parsing', () => {
  it('uses a short first line as the title and capitalised lines as headings', () => {
    const document = parsePlainText('Wi-Fi guide\n\nUse the Northwind network.\n\nPRINTERS\n\nPress is on floor 3.\nInk is on floor 4.\n\nProblems:\n- forget the network\n- reboot', 'it/wifi.txt');
    expect(document.title).toBe('Wi-Fi guide');
    expect(chunkDocument(document).map((chunk) => [chunk.headingPath, chunk.text])).toEqual([
      ['Wi-Fi guide', 'Use the Northwind network.'],
      ['Wi-Fi guide > PRINTERS', 'Press is on floor 3. Ink is on floor 4.'],
      ['Wi-Fi guide > Problems', '- forget the network\n- reboot'],
    ]);
  });

  it('falls back to the file name when the first line is a sentence', () => {
    expect(parsePlainText('This file explains things.\n\nMore.', 'notes/read-me.txt').title).toBe('Read me');
  });
});

describe('PDF parsing', () => {
  it('extracts the text and the title of a PDF', async () => {
    const document = await parsePdf(minimalPdf(['Contractors invoice monthly.', 'Payment terms are net 30 days.'], 'Contractor terms'), 'finance/contractors.pdf');
    expect(document.title).toBe('Contractor terms');
    expect(chunkDocument(document)[0]?.text).toContain('Payment terms are net 30 days.');
  });

  it('rejects a PDF it cannot read, with a reason', async () => {
    await expect(parsePdf(new TextEncoder().encode('%PDF-1.4\nnot really a pdf'), 'broken.pdf')).rejects.toBeInstanceOf(DocumentRejectedError);
  });

  it('rejects a PDF without any text (a scan)', async () => {
    await expect(parsePdf(minimalPdf([]), 'scan.pdf')).rejects.toThrow(/no extractable text/);
  });
});
