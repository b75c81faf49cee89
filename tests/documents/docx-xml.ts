import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync, zipSync, strToU8, type Zippable } from 'fflate';

/** Reading a DOCX the plain way, for the tests: unzip it, parse its XML, look at paragraphs, runs and tables. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, content]) => [name, strFromU8(content)]));
}

/** Zips parts back into a DOCX (to make altered copies of a document for the upload tests). */
export function zipDocx(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}

export const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').documentElement!;

export const all = (element: Element, name: string): Element[] => Array.from(element.getElementsByTagName(name));
export const first = (element: Element | undefined, name: string): Element | undefined => (element ? all(element, name)[0] : undefined);
export const children = (element: Element, name: string): Element[] => Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).nodeName === name);
export const val = (element: Element | undefined, attribute = 'w:val') => element?.getAttribute(attribute) ?? null;

/** A flag property (w:b, w:i) is on when present without w:val="false"/"0". */
const on = (properties: Element | undefined, name: string) => {
  const flag = properties ? children(properties, name)[0] : undefined;
  return !!flag && !['false', '0', 'off'].includes(val(flag) ?? '');
};

export type RunInfo = { text: string; bold: boolean; italic: boolean; underline: boolean; size: number | null; font: string | null };
export type ParagraphInfo = { text: string; align: string | null; firstLine: number | null; runs: RunInfo[]; border: boolean; pageBreakBefore: boolean };

export function runInfo(run: Element): RunInfo {
  const properties = children(run, 'w:rPr')[0];
  const underline = properties ? children(properties, 'w:u')[0] : undefined;
  return {
    text: all(run, 'w:t').map((t) => t.textContent ?? '').join(''),
    bold: on(properties, 'w:b'),
    italic: on(properties, 'w:i'),
    underline: !!underline && val(underline) !== 'none',
    size: Number(val(first(properties, 'w:sz'))) || null,
    font: first(properties, 'w:rFonts')?.getAttribute('w:ascii') ?? null,
  };
}

export function paragraphInfo(paragraph: Element): ParagraphInfo {
  const properties = children(paragraph, 'w:pPr')[0];
  const runs = children(paragraph, 'w:r').map(runInfo);
  return {
    text: runs.map((run) => run.text).join(''),
    align: val(first(properties, 'w:jc')),
    firstLine: Number(first(properties, 'w:ind')?.getAttribute('w:firstLine')) || null,
    runs,
    border: !!first(properties, 'w:pBdr'),
    pageBreakBefore: on(properties, 'w:pageBreakBefore'),
  };
}

/** The paragraphs of an element in document order (table cells included). */
export const paragraphs = (element: Element): ParagraphInfo[] => all(element, 'w:p').map(paragraphInfo);

/** A table's rows of cells, each cell its paragraphs, and its column widths. */
export function tableInfo(table: Element) {
  return {
    columns: all(table, 'w:gridCol').map((column) => Number(val(column, 'w:w'))),
    headerRows: children(table, 'w:tr').filter((row) => on(children(row, 'w:trPr')[0], 'w:tblHeader')).length,
    borders: all(first(table, 'w:tblBorders')!, '*').map((border) => val(border)),
    rows: children(table, 'w:tr').map((row) => children(row, 'w:tc').map((cell) => ({
      span: Number(val(first(children(cell, 'w:tcPr')[0], 'w:gridSpan'))) || 1,
      paragraphs: children(cell, 'w:p').map(paragraphInfo),
    }))),
  };
}

/** Finds each text after the one before it: the facts are in this order. Returns the first missing one. */
export function firstOutOfOrder(text: string, facts: string[]): string | null {
  let position = 0;
  for (const fact of facts) {
    const found = text.indexOf(fact, position);
    if (found < 0) return fact;
    position = found + fact.length;
  }
  return null;
}
