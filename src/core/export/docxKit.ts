import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { cleanText } from './exportText';

/**
 * Thin helpers over the `docx` library. It is pure JavaScript and `Packer.pack(…, 'uint8array')`
 * needs no Node API, so the DOCX writers live in core. The library escapes XML itself; we only
 * remove characters XML cannot hold (cleanText).
 */
export type Block = Paragraph | Table;

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const h = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: h, children: [new TextRun(cleanText(text))] });
}

/** A paragraph; newlines in the text become line breaks. */
export function para(text: string, opts: { bold?: string; italics?: boolean } = {}): Paragraph {
  const runs: TextRun[] = [];
  if (opts.bold) runs.push(new TextRun({ text: cleanText(opts.bold) + ' ', bold: true }));
  cleanText(text)
    .split('\n')
    .forEach((line, i) => runs.push(new TextRun({ text: line, break: i > 0 ? 1 : undefined, italics: opts.italics })));
  return new Paragraph({ children: runs });
}

export function bullet(text: string, bold?: string): Paragraph {
  const runs: TextRun[] = [];
  if (bold) runs.push(new TextRun({ text: cleanText(bold) + ' ', bold: true }));
  runs.push(new TextRun(cleanText(text)));
  return new Paragraph({ bullet: { level: 0 }, children: runs });
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const row = (cells: readonly string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cleanText(c), bold })] })] })),
    });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(header, true), ...rows.map((r) => row(r, false))] });
}

export async function packDocx(title: string, children: Block[]): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Klein Kijken',
    title: cleanText(title),
    sections: [{ children }],
  });
  return Packer.pack(doc, 'uint8array');
}
