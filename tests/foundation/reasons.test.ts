import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REASON_CODES, REASONS } from '../../server/src/core/reasons';
import { reasonsEn } from '../../admin/src/i18n/reasons.en';
import { reasonsVi } from '../../admin/src/i18n/reasons.vi';
import { formatMessage, placeholdersOf } from '../../admin/src/i18n/formatMessage';

/**
 * Every reason the server can give for a refusal (extensions.reason) is in its catalogue
 * (server/src/core/reasons.ts) and has a Vietnamese and an English text in the console
 * (admin/src/i18n/reasons.*.ts). The source is scanned for reason literals so none escapes the
 * catalogue: a reason is the third argument of badInput, the second of forbidden, the first of
 * unauthenticated, the fourth of explainConstraint, the second of tooManyRequests, the first of
 * serviceUnavailable, the upper-case literal among the arguments of a module's refuse() (each
 * module orders its own), a `reason:` property, or a member of a `...Reason` union type.
 */
const SERVER_SRC = path.join(__dirname, '..', '..', 'server', 'src');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });

type Found = { reason: string; where: string };
type Call = { name: string; args: number; reasonGiven: boolean; where: string };

/** Reason literals and refusal calls in one file. */
function scan(file: string): { reasons: Found[]; calls: Call[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const reasons: Found[] = [];
  const calls: Call[] = [];
  const where = (node: ts.Node) => `${path.relative(SERVER_SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const literal = (node: ts.Node | undefined) => (node && ts.isStringLiteralLike(node) ? node.text : undefined);
  const REASON_ARGUMENT: Record<string, number | 'any'> = {
    badInput: 2, forbidden: 1, unauthenticated: 0, explainConstraint: 3, tooManyRequests: 1, serviceUnavailable: 0, refuse: 'any',
  };
  const REASON = /^[A-Z][A-Z0-9_]+$/;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text in REASON_ARGUMENT) {
      const name = node.expression.text;
      const position = REASON_ARGUMENT[name];
      const value = position === 'any'
        ? node.arguments.map((argument) => literal(argument)).find((text) => text !== undefined && REASON.test(text))
        : literal(node.arguments[position]);
      if (value) reasons.push({ reason: value, where: where(node) });
      calls.push({ name, args: node.arguments.length, reasonGiven: value !== undefined, where: where(node) });
    }
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'reason') {
      const value = literal(node.initializer);
      if (value && REASON.test(value)) reasons.push({ reason: value, where: where(node) });
    }
    if (ts.isTypeAliasDeclaration(node) && node.name.text.endsWith('Reason') && ts.isUnionTypeNode(node.type)) {
      for (const member of node.type.types) {
        const value = ts.isLiteralTypeNode(member) ? literal(member.literal) : undefined;
        if (value) reasons.push({ reason: value, where: where(member) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { reasons, calls };
}

const files = sourceFiles(SERVER_SRC).filter((file) => !file.endsWith(path.join('core', 'reasons.ts')));
const scanned = files.map((file) => ({ file, ...scan(file) }));

describe('the catalogue of refusal reasons', () => {
  it('holds every reason literal of the server\'s source', () => {
    const found = scanned.flatMap((s) => s.reasons);
    expect(found.length).toBeGreaterThan(100);
    const unknown = found.filter((f) => !(f.reason in REASONS));
    expect(unknown, 'reasons used in the source but missing from server/src/core/reasons.ts').toEqual([]);
  });

  it('names a specific reason in every refusal', () => {
    const withoutReason = scanned
      .flatMap((s) => s.calls)
      .filter((call) => ['badInput', 'explainConstraint'].includes(call.name) && !call.reasonGiven && !call.where.startsWith('core/errors.ts'));
    expect(withoutReason, 'badInput(field, message, REASON, params) and explainConstraint(name, field, message, REASON)').toEqual([]);
  });

  it('gives every reason a Vietnamese and an English text', () => {
    const missing = REASON_CODES.flatMap((code) => [
      ...(reasonsVi[code]?.trim() ? [] : [`${code} (vi)`]),
      ...(reasonsEn[code]?.trim() ? [] : [`${code} (en)`]),
    ]);
    expect(missing).toEqual([]);
    expect(Object.keys(reasonsVi).sort()).toEqual([...REASON_CODES].sort());
    expect(Object.keys(reasonsEn).sort()).toEqual([...REASON_CODES].sort());
  });

  it('uses in each text only the parameters its reason sends', () => {
    const wrong = REASON_CODES.flatMap((code) => [reasonsVi[code], reasonsEn[code]]
      .flatMap((text) => placeholdersOf(text).filter((name) => !(REASONS[code] as readonly string[]).includes(name)).map((name) => `${code}: {${name}}`)));
    expect(wrong).toEqual([]);
  });

  it('says every reason in full sentences, no placeholder left, in both languages', () => {
    const sample: Record<string, unknown> = {
      entity: 'MediationTeam', id: '12', min: 5, max: 2000, role: 'COMMUNE_STAFF', level: 'COMMUNE', unitLevel: 'DISTRICT', levels: ['PROVINCE', 'DISTRICT'],
      count: 3, year: 2022, units: ['Xã Mỹ Tú (31597)', 'Xã Long Hưng (31579)'], status: 'APPROVED', action: 'SUBMIT', cost: 26000, depth: 12,
      activeMediators: 2, name: 'Trần Thị A', leftOn: '2022-03-01', ethnicity: 'Khmer', agency: 'Phòng Tư pháp', agencyKind: 'JUSTICE', kind: 'COURT',
      audience: 'MEDIATORS', ids: [4, 5], unit: 'Huyện Mỹ Tú', predecessor: 'Xã Mỹ Tú', unitId: 17, chosen: 2, line: '1', field: 'teams', allowed: ['name'],
      day: '2025-08-01', validFrom: null, validTo: '2025-06-30', movedOn: '2025-07-01', retryAfterSeconds: 900, retryAfterMinutes: 15, length: 400000,
      bytes: 6000000, maxBytes: 5242880, detected: 'a PDF', why: 'no word/document.xml', tasks: 0,
    };
    const translate = (key: string, options?: Record<string, unknown>) => (options?._ as string | undefined) ?? key;
    for (const code of REASON_CODES) {
      for (const [locale, text] of [['vi', reasonsVi[code]], ['en', reasonsEn[code]]] as const) {
        const said = formatMessage(text, sample, locale, translate);
        expect(said, `${code} (${locale})`).not.toMatch(/[{}]/);
        expect(said.length, `${code} (${locale})`).toBeGreaterThan(5);
      }
    }
  });
});

describe(formatMessage.name, () => {
  const translate = (key: string, options?: Record<string, unknown>) =>
    ({ 'hoagiai.level.PROVINCE': 'Cấp tỉnh', 'hoagiai.level.DISTRICT': 'Cấp huyện', 'resources.MediationTeam.name': 'Tổ hòa giải' } as Record<string, string>)[key]
    ?? (options?._ as string) ?? key;

  it('writes numbers as the language does: no grouping by default (years), grouping when asked, decimals with a comma in Vietnamese', () => {
    expect(formatMessage('Năm sinh {y}', { y: 1980 }, 'vi', translate)).toBe('Năm sinh 1980');
    expect(formatMessage('{n, number} vụ', { n: 1980 }, 'vi', translate)).toBe('1.980 vụ');
    expect(formatMessage('{n, number} cases', { n: 1980 }, 'en', translate)).toBe('1,980 cases');
    expect(formatMessage('{p}%', { p: 57.6 }, 'vi', translate)).toBe('57,6%');
  });

  it('writes a day as dd/mm/yyyy, a list with commas, labels and entity names from the message files', () => {
    expect(formatMessage('từ {d}', { d: '2021-11-16' }, 'vi', translate)).toBe('từ 16/11/2021');
    expect(formatMessage('{levels, labels, hoagiai.level}', { levels: ['PROVINCE', 'DISTRICT'] }, 'vi', translate)).toBe('Cấp tỉnh hoặc Cấp huyện');
    expect(formatMessage('Không tìm thấy {e, entity}', { e: 'MediationTeam' }, 'vi', translate)).toBe('Không tìm thấy tổ hòa giải');
  });

  it('chooses plural and select branches, and leaves out a parameter that was not sent', () => {
    const plural = '{count, plural, one {# unit has} other {# units have}}';
    expect(formatMessage(plural, { count: 1 }, 'en', translate)).toBe('1 unit has');
    expect(formatMessage(plural, { count: 4 }, 'en', translate)).toBe('4 units have');
    expect(formatMessage('{min, select, 0 {at most {max}} other {{min} to {max}}}', { min: 0, max: 9 }, 'en', translate)).toBe('at most 9');
    expect(formatMessage('a{missing}b', {}, 'en', translate)).toBe('ab');
  });
});
