import { Unzip, UnzipInflate, strFromU8 } from 'fflate';
import { documentErrors } from './document.errors';
import { docxText } from './docx-text';
import { readPlanText } from './reader/read-plan';
import type { PlanReading } from './reader/reading';

/**
 * Uploads of a plan's text: a .txt (UTF-8, or UTF-16 with a byte-order mark) or a .docx. The content
 * decides, not the name. Refused: 5 MB or more, empty, other formats (.doc, PDF, RTF, other zips),
 * Word documents with macros or active content (vbaProject, macro-enabled or ActiveX content types),
 * and Word documents that refer to anything outside themselves (any relationship with
 * TargetMode="External" — links, linked images, attached templates — and INCLUDE/LINK/DDE fields).
 */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** What a Word document may unpack to, in all and per part: a plan is text, not megabytes of it. */
const MAX_UNPACKED_BYTES = 40 * 1024 * 1024;
const MAX_PARTS = 2000;

export type Upload = { bytes: Uint8Array; fileName?: string };

/** Reads an upload as a plan (see readPlanText), after the checks above. */
export function readPlanUpload(upload: Upload): PlanReading {
  return readPlanText(uploadText(upload));
}

/** The text of an upload, after the checks above. */
export function uploadText({ bytes }: Upload): string {
  if (bytes.length === 0) throw documentErrors.uploadEmpty();
  if (bytes.length >= MAX_UPLOAD_BYTES) throw documentErrors.uploadTooLarge(bytes.length, MAX_UPLOAD_BYTES);
  const starts = (...magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return wordText(bytes);
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) throw documentErrors.unsupportedFormat('an old Word (.doc) or encrypted document');
  if (starts(0x25, 0x50, 0x44, 0x46)) throw documentErrors.unsupportedFormat('a PDF');
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) throw documentErrors.unsupportedFormat('an RTF document');
  return plainText(bytes);
}

function plainText(bytes: Uint8Array): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw documentErrors.notUtf8();
  }
  // NUL and other control characters (tabs and line ends aside) mean a binary file, not text.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw documentErrors.unsupportedFormat('a binary file');
  return text;
}

/** Parts read to check and extract a Word document; every other part is skipped unread. */
const WANTED = (name: string) => name === '[Content_Types].xml' || name.endsWith('.rels') || name === 'word/document.xml' || name === 'word/numbering.xml';

function unpack(bytes: Uint8Array): { names: string[]; parts: Map<string, string> } {
  const names: string[] = [];
  const chunks = new Map<string, Uint8Array[]>();
  let total = 0;
  let failure: string | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    names.push(file.name);
    if (names.length > MAX_PARTS) failure = `it has more than ${MAX_PARTS} parts`;
    if (!WANTED(file.name) || failure) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (error, chunk) => {
      if (error) { failure = 'a part is damaged'; return; }
      total += chunk.length;
      if (total > MAX_UNPACKED_BYTES) { failure = 'it unpacks to more than 40 MB'; file.terminate(); return; }
      parts.push(chunk);
    };
    file.start();
  };
  try {
    unzip.push(bytes, true);
  } catch {
    failure ??= 'the archive is damaged';
  }
  if (failure) throw documentErrors.docxInvalid(failure);
  const parts = new Map<string, string>();
  for (const [name, pieces] of chunks) {
    const joined = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
    let offset = 0;
    for (const piece of pieces) { joined.set(piece, offset); offset += piece.length; }
    parts.set(name, strFromU8(joined));
  }
  return { names, parts };
}

const MAIN_TYPES = /application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.(document|template)\.main\+xml/;

function wordText(bytes: Uint8Array): string {
  const { names, parts } = unpack(bytes);
  const types = parts.get('[Content_Types].xml');
  const document = parts.get('word/document.xml');
  if (!types) throw documentErrors.unsupportedFormat('a zip archive');
  const macros = [
    ...names.filter((name) => /vbaProject\.bin$|vbaData\.xml$|\/activeX\//i.test(name)),
    ...(types.match(/[^"]*(macroEnabled|vbaProject|activeX)[^"]*/gi) ?? []),
  ];
  if (macros.length) throw documentErrors.docxMacros([...new Set(macros)]);
  if (!MAIN_TYPES.test(types) || !document) throw documentErrors.unsupportedFormat('an Office file that is not a Word document');
  const external: string[] = [];
  for (const [name, xml] of parts) {
    if (!name.endsWith('.rels')) continue;
    for (const relationship of xml.match(/<Relationship\b[^>]*>/g) ?? []) {
      if (/TargetMode\s*=\s*"External"/i.test(relationship)) external.push(/Target\s*=\s*"([^"]*)"/.exec(relationship)?.[1] ?? name);
    }
  }
  for (const instruction of fieldInstructions(document)) if (EXTERNAL_FIELDS.test(instruction)) external.push(instruction.trim());
  if (external.length) throw documentErrors.docxExternal(external);
  if (/<!DOCTYPE/i.test(document)) throw documentErrors.docxInvalid('it declares a document type');
  return docxText(document, parts.get('word/numbering.xml') ?? null);
}

/** Fields that fetch or link something outside the document when it opens or updates. */
const EXTERNAL_FIELDS = /^\s*(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT|HYPERLINK)\b/i;

/**
 * The instructions of a document's fields: a simple field's w:instr, or the w:instrText runs between
 * a field's begin and separate (Word may split one instruction over several runs).
 */
function fieldInstructions(xml: string): string[] {
  const out: string[] = [];
  let current: string | null = null;
  const tokens = /<w:fldSimple\b[^>]*\bw:instr="([^"]*)"|<w:fldChar\b[^>]*w:fldCharType="(begin|separate|end)"|<w:instrText\b[^>]*>([^<]*)<\/w:instrText>/g;
  for (const token of xml.matchAll(tokens)) {
    if (token[1] !== undefined) out.push(token[1]);
    else if (token[2] === 'begin') current = '';
    else if (token[2]) { if (current !== null) out.push(current); current = null; }
    else if (current !== null) current += token[3];
  }
  return out;
}
