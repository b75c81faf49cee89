import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { letterLabel, roman } from './vietnamese';

/**
 * The text of a Word document as the plan reader wants it: one line per paragraph; in a table of
 * several rows, a row whose cells hold one paragraph each as one line of tab-separated cells (the
 * budget appendix); a table of one row, and other rows, cell by cell, left to right (the header and
 * signer layouts). Automatic numbering is
 * written out ("1.", "a)", "-"), deleted revisions and field codes are left out.
 */
export function docxText(documentXml: string, numberingXml: string | null): string {
  const body = elementsNamed(parseXml(documentXml).documentElement, 'body')[0];
  if (!body) return '';
  const numbering = new Numbering(numberingXml);
  const out: string[] = [];
  blockText(body, numbering, out);
  return out.join('\n');
}

export function parseXml(xml: string) {
  return new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
}

const childElements = (node: Node): Element[] => {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) out.push(child as Element);
  return out;
};

function elementsNamed(node: Node | null, localName: string): Element[] {
  const out: Element[] = [];
  const walk = (current: Node) => {
    for (const child of childElements(current)) {
      if (child.localName === localName) out.push(child);
      else walk(child);
    }
  };
  if (node) walk(node);
  return out;
}

const attribute = (element: Element | undefined, name: string) => element?.getAttribute(`w:${name}`) ?? element?.getAttribute(name) ?? null;
const child = (element: Element | undefined, localName: string) => (element ? childElements(element).find((candidate) => candidate.localName === localName) : undefined);

/** Paragraphs and tables of a block container (the body, a cell, a content control) in order. */
function blockText(container: Element, numbering: Numbering, out: string[]): void {
  for (const element of childElements(container)) {
    if (element.localName === 'p') out.push(paragraphText(element, numbering));
    else if (element.localName === 'tbl') tableText(element, numbering, out);
    else if (element.localName === 'sdt') {
      const content = child(element, 'sdtContent');
      if (content) blockText(content, numbering, out);
    }
  }
}

function tableText(table: Element, numbering: Numbering, out: string[]): void {
  const rows = childElements(table).filter((element) => element.localName === 'tr');
  // A table of one row lays text out side by side (header, signer block); a table of rows holds data.
  const layout = rows.length === 1;
  for (const row of rows) {
    const cells = childElements(row).filter((element) => element.localName === 'tc').map((cell) => {
      const lines: string[] = [];
      blockText(cell, numbering, lines);
      return lines.filter((line) => line.trim());
    });
    if (!layout && cells.every((lines) => lines.length <= 1)) out.push(cells.map((lines) => lines[0] ?? '').join('\t'));
    else for (const lines of cells) out.push(...lines);
  }
}

function paragraphText(paragraph: Element, numbering: Numbering): string {
  let text = '';
  const walk = (node: Element) => {
    for (const element of childElements(node)) {
      switch (element.localName) {
        case 't': text += element.textContent ?? ''; break;
        case 'tab': text += '\t'; break;
        case 'br': case 'cr': text += '\n'; break;
        case 'noBreakHyphen': text += '-'; break;
        case 'del': case 'delText': case 'instrText': case 'pPr': case 'rPr': case 'footnoteReference': case 'endnoteReference': break;
        default: walk(element);
      }
    }
  };
  walk(paragraph);
  const numPr = child(child(paragraph, 'pPr'), 'numPr');
  const label = numPr ? numbering.next(attribute(child(numPr, 'numId'), 'val'), Number(attribute(child(numPr, 'ilvl'), 'val') ?? 0)) : null;
  return label ? `${label} ${text}` : text;
}

type Level = { format: string; text: string; start: number };

/** Word's automatic numbering (numbering.xml): counters per list and level, printed as the level's text says. */
class Numbering {
  private readonly levels = new Map<string, Level[]>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: string | null) {
    if (!xml) return;
    const root = parseXml(xml).documentElement;
    if (!root) return;
    const abstracts = new Map<string, Level[]>();
    for (const abstract of childElements(root).filter((element) => element.localName === 'abstractNum')) {
      const levels = childElements(abstract).filter((element) => element.localName === 'lvl').map((level) => ({
        format: attribute(child(level, 'numFmt'), 'val') ?? 'decimal',
        text: attribute(child(level, 'lvlText'), 'val') ?? '',
        start: Number(attribute(child(level, 'start'), 'val') ?? 1),
      }));
      abstracts.set(attribute(abstract, 'abstractNumId') ?? '', levels);
    }
    for (const num of childElements(root).filter((element) => element.localName === 'num')) {
      const levels = abstracts.get(attribute(child(num, 'abstractNumId'), 'val') ?? '');
      if (levels) this.levels.set(attribute(num, 'numId') ?? '', levels);
    }
  }

  next(numId: string | null, level: number): string | null {
    const levels = numId ? this.levels.get(numId) : undefined;
    if (!numId || !levels || !levels[level]) return null;
    const counters = this.counters.get(numId) ?? levels.map((each) => each.start - 1);
    counters[level] += 1;
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = levels[deeper].start - 1;
    this.counters.set(numId, counters);
    const format = levels[level].format;
    if (format === 'none') return null;
    if (format === 'bullet') return '-';
    return levels[level].text.replace(/%(\d)/g, (_, n: string) => formatNumber(levels[Number(n) - 1]?.format ?? 'decimal', counters[Number(n) - 1] ?? 0));
  }
}

function formatNumber(format: string, value: number): string {
  switch (format) {
    case 'lowerLetter': return letterLabel(value);
    case 'upperLetter': return letterLabel(value).toUpperCase();
    case 'lowerRoman': return roman(value).toLowerCase();
    case 'upperRoman': return roman(value);
    default: return String(value);
  }
}
