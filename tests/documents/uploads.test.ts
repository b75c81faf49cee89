import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { planDocx } from '../../server/src/modules/documents/plan-document';
import { MAX_UPLOAD_BYTES, readPlanUpload, uploadText, type Upload } from '../../server/src/modules/documents/upload';
import { unzipDocx, zipDocx } from './docx-xml';
import { refusalOf } from './expectations';
import { myTuPlan } from './seed-plans';

/**
 * Uploads are read safely: under 5 MB, .txt (UTF-8, or UTF-16 with a byte-order mark) or .docx,
 * never a Word document with macros or references outside itself. Every refusal is BAD_USER_INPUT
 * on `file` with its reason; the reader's own refusals (empty, not a plan) are on `text`.
 */
const MY_TU = readFileSync(path.join(__dirname, 'data', 'my-tu-plan-127-KH-UBND-2021.txt'), 'utf8');
let docx: Record<string, string>;

beforeAll(async () => {
  docx = unzipDocx(await planDocx(myTuPlan()));
});

const refusal = (upload: Upload) => refusalOf(() => uploadText(upload));

/** The generated plan with some parts changed or added. */
const docxWith = (changes: Record<string, string | Uint8Array>) => zipDocx({ ...docx, ...changes });

describe('uploads of a plan\'s text', () => {
  it('reads a UTF-8 .txt, with or without a byte-order mark, and a UTF-16 one with its mark', () => {
    const expected = readPlanUpload({ bytes: strToU8(MY_TU) }).plan;
    expect(expected.number).toBe('127/KH-UBND');
    expect(readPlanUpload({ bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(MY_TU)]) }).plan).toEqual(expected);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MY_TU, 'utf16le')]);
    expect(readPlanUpload({ bytes: utf16 }).plan).toEqual(expected);
  });

  it('reads a .docx, whatever its name says', () => {
    expect(readPlanUpload({ bytes: zipDocx(docx), fileName: 'ke-hoach.txt' }).plan.tasks).toHaveLength(6);
  });

  it('writes out Word\'s automatic numbering ("1.", "a)") so numbered tasks are read', () => {
    const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
      <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;
    const numbered = (level: number) => `<w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="3"/></w:numPr></w:pPr>`;
    // Task 2's and 3's labels become automatic numbers, and a lettered sub-task is added to task 3.
    const xml = docx['word/document.xml']
      .replace(/(<w:p>)(<w:pPr>(?:(?!<\/w:pPr>).)*<\/w:pPr>)(<w:r>(?:(?!<\/w:r>).)*<w:t[^>]*>)2\. Tăng cường quản lý/, `$1${numbered(0)}$3Tăng cường quản lý`)
      .replace(/(<w:p>)(<w:pPr>(?:(?!<\/w:pPr>).)*<\/w:pPr>)(<w:r>(?:(?!<\/w:r>).)*<w:t[^>]*>)3\. Nghiên cứu, biên soạn/, `$1${numbered(0)}$3Nghiên cứu, biên soạn`)
      .replace(/(<w:p>(?:(?!<w:p>).)*?- Cơ quan chủ trì: Phòng Tư pháp\.)/, `<w:p>${numbered(1)}<w:r><w:t>Biên soạn sổ tay hòa giải</w:t></w:r></w:p>$1`);
    const text = uploadText({ bytes: docxWith({ 'word/document.xml': xml, 'word/numbering.xml': numbering }) });
    expect(text).toContain('1. Tăng cường quản lý nhà nước');
    expect(text).toContain('2. Nghiên cứu, biên soạn');
    expect(text).toContain('a) Biên soạn sổ tay hòa giải');
  });

  it('refuses a file of 5 MB or more, an empty file, and files that are neither text nor Word documents', () => {
    expect(refusal({ bytes: new Uint8Array(MAX_UPLOAD_BYTES).fill(0x41) })).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'file', reason: 'UPLOAD_TOO_LARGE', params: { bytes: 5 * 1024 * 1024, maxBytes: 5 * 1024 * 1024 },
    });
    expect(refusal({ bytes: new Uint8Array(0) })).toMatchObject({ field: 'file', reason: 'UPLOAD_EMPTY' });
    expect(refusal({ bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), fileName: 'plan.doc' })).toMatchObject({ reason: 'UPLOAD_UNSUPPORTED_FORMAT' });
    expect(refusal({ bytes: strToU8('%PDF-1.7\n') })).toMatchObject({ reason: 'UPLOAD_UNSUPPORTED_FORMAT', params: { detected: 'a PDF' } });
    expect(refusal({ bytes: zipSync({ 'data.csv': strToU8('a,b') }) })).toMatchObject({ reason: 'UPLOAD_UNSUPPORTED_FORMAT', params: { detected: 'a zip archive' } });
    expect(refusal({ bytes: new Uint8Array([0x4b, 0x65, 0x00, 0x01, 0x02]) })).toMatchObject({ reason: 'UPLOAD_UNSUPPORTED_FORMAT', params: { detected: 'a binary file' } });
  });

  it('refuses a text file that is not UTF-8 (Windows-1258, say)', () => {
    expect(refusal({ bytes: new Uint8Array([0x4b, 0xea, 0x20, 0x68, 0x6f, 0x1ea0 & 0xff, 0xd2]) })).toMatchObject({ field: 'file', reason: 'UPLOAD_NOT_UTF8' });
  });

  it('refuses a Word document with macros: a vbaProject part, or a macro-enabled content type', () => {
    expect(refusal({ bytes: docxWith({ 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) }) })).toMatchObject({
      field: 'file', reason: 'DOCX_MACROS', params: { parts: ['word/vbaProject.bin'] },
    });
    const macroEnabled = docx['[Content_Types].xml'].replace(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'application/vnd.ms-word.document.macroEnabled.main+xml');
    expect(refusal({ bytes: docxWith({ '[Content_Types].xml': macroEnabled }) })).toMatchObject({ reason: 'DOCX_MACROS' });
  });

  it('refuses a Word document that refers outside itself: an external relationship, or an INCLUDEPICTURE field split over runs', () => {
    const rels = docx['word/_rels/document.xml.rels'].replace('</Relationships>',
      '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://192.0.2.1/t.dotm" TargetMode="External"/></Relationships>');
    expect(refusal({ bytes: docxWith({ 'word/_rels/document.xml.rels': rels }) })).toMatchObject({
      field: 'file', reason: 'DOCX_EXTERNAL_REFERENCE', params: { targets: ['http://192.0.2.1/t.dotm'] },
    });
    const field = '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDE</w:instrText></w:r>'
      + '<w:r><w:instrText>PICTURE "http://192.0.2.1/p.png" \\d </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    const xml = docx['word/document.xml'].replace('<w:body>', `<w:body>${field}`);
    expect(refusal({ bytes: docxWith({ 'word/document.xml': xml }) })).toMatchObject({ reason: 'DOCX_EXTERNAL_REFERENCE' });
  });

  it('refuses a damaged Word document, and one that unpacks to more than a plan could (a zip bomb)', () => {
    const whole = zipDocx(docx);
    expect(refusal({ bytes: whole.subarray(0, whole.length / 2) })).toMatchObject({ field: 'file', reason: 'DOCX_INVALID' });
    const bomb = docx['word/document.xml'].replace('<w:body>', `<w:body><!--${' '.repeat(41 * 1024 * 1024)}-->`);
    const bytes = docxWith({ 'word/document.xml': bomb });
    expect(bytes.length).toBeLessThan(MAX_UPLOAD_BYTES);
    expect(refusal({ bytes })).toMatchObject({ reason: 'DOCX_INVALID', params: { why: 'it unpacks to more than 40 MB' } });
  });

  it('passes the reader\'s refusals on: an empty document, a document that is not a plan', () => {
    const empty = docx['word/document.xml'].replace(/<w:body>.*<w:sectPr/s, '<w:body><w:sectPr');
    expect(() => readPlanUpload({ bytes: docxWith({ 'word/document.xml': empty }) })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'TEXT_EMPTY', field: 'text' }) }));
    expect(() => readPlanUpload({ bytes: strToU8('Biên bản họp tổ hòa giải ấp Mỹ Khánh, ngày 3/5/2022.') })).toThrow(expect.objectContaining({
      extensions: expect.objectContaining({ reason: 'NOT_A_PLAN' }),
    }));
  });
});
