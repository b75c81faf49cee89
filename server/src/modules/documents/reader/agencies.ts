import type { AgencyKind, AgencyLevel, AgencyRef, UnitLevel } from '../official-plan';
import { fold } from '../vietnamese';

/**
 * Agencies as plans name them. A name starts with a head from the lexicon below ("Phòng Tư pháp",
 * "UBND", "các đoàn thể"), may carry a level ("cấp xã", "huyện", "cùng cấp") and a unit's own name
 * ("huyện Mỹ Tú"). One body of the plan's own unit becomes a named agency ("Phòng Tư pháp" in Mỹ Tú's
 * plan: "Phòng Tư pháp huyện Mỹ Tú"); bodies of other levels, and plural or generic names, become a
 * kind and/or a level ("UBND cấp xã": PEOPLES_COMMITTEE at COMMUNE).
 */

/** The plan's own unit, from its issuing body ("Ủy ban nhân dân huyện Mỹ Tú" → DISTRICT, "huyện Mỹ Tú"). */
export type UnitContext = { level: UnitLevel | null; name: string | null };

const UNIT_WORDS: [RegExp, UnitLevel][] = [
  [/\b(tinh|thanh pho truc thuoc trung uong)\s/, 'PROVINCE'],
  [/\b(huyen|quan|thi xa|thanh pho)\s/, 'DISTRICT'],
  [/\b(xa|phuong|thi tran|dac khu)\s/, 'COMMUNE'],
];

export function unitOf(issuingBody: string | null): UnitContext {
  if (!issuingBody) return { level: null, name: null };
  const folded = fold(issuingBody);
  for (const [pattern, level] of UNIT_WORDS) {
    const match = pattern.exec(folded);
    if (match) return { level, name: issuingBody.slice(match.index) };
  }
  return { level: null, name: null };
}

type Head = { pattern: RegExp; kind?: AgencyKind; canonical?: string; level?: UnitLevel; plural?: boolean; memberOfFront?: boolean };

/** Longest heads first where one starts another. Patterns match the folded (diacritic-free) text. */
const HEADS: Head[] = [
  { pattern: /^cac co quan, ban, nganh/, plural: true },
  { pattern: /^cac phong, ban, nganh/, plural: true },
  { pattern: /^cac co quan, don vi (co )?lien quan/, plural: true },
  { pattern: /^cac co quan, don vi/, plural: true },
  { pattern: /^cac co quan lien quan/, plural: true },
  { pattern: /^cac doan the/, kind: 'MASS_ORGANISATION', plural: true },
  { pattern: /^cac to chuc chinh tri( |-)+xa hoi/, kind: 'MASS_ORGANISATION', plural: true },
  { pattern: /^cac to chuc thanh vien/, kind: 'MASS_ORGANISATION', plural: true, memberOfFront: true },
  { pattern: /^(uy ban mat tran to quoc viet nam|uy ban mttq viet nam|uy ban mttq|mat tran to quoc viet nam)/, kind: 'FATHERLAND_FRONT', canonical: 'Ủy ban Mặt trận Tổ quốc Việt Nam' },
  { pattern: /^(uy ban nhan dan|ubnd)/, kind: 'PEOPLES_COMMITTEE', canonical: 'Ủy ban nhân dân' },
  { pattern: /^(thuong truc hoi dong nhan dan|thuong truc hdnd|tt hdnd)/, kind: 'PEOPLES_COUNCIL', canonical: 'Thường trực Hội đồng nhân dân' },
  { pattern: /^(hoi dong nhan dan|hdnd)/, kind: 'PEOPLES_COUNCIL', canonical: 'Hội đồng nhân dân' },
  { pattern: /^phong tu phap/, kind: 'JUSTICE', canonical: 'Phòng Tư pháp', level: 'DISTRICT' },
  { pattern: /^so tu phap/, kind: 'JUSTICE', canonical: 'Sở Tư pháp', level: 'PROVINCE' },
  { pattern: /^phong tai chinh( - ke hoach)?/, kind: 'FINANCE', canonical: 'Phòng Tài chính', level: 'DISTRICT' },
  { pattern: /^so tai chinh/, kind: 'FINANCE', canonical: 'Sở Tài chính', level: 'PROVINCE' },
  { pattern: /^toa an nhan dan/, kind: 'COURT', canonical: 'Tòa án nhân dân' },
  { pattern: /^vien kiem sat nhan dan/, kind: 'PROCURACY', canonical: 'Viện kiểm sát nhân dân' },
  { pattern: /^cong an/, kind: 'POLICE', canonical: 'Công an' },
  { pattern: /^chi hoi luat gia/, kind: 'JURISTS_ASSOCIATION', canonical: 'Chi hội Luật gia' },
  { pattern: /^hoi luat gia/, kind: 'JURISTS_ASSOCIATION', canonical: 'Hội Luật gia' },
  { pattern: /^doan luat su/, kind: 'BAR_ASSOCIATION', canonical: 'Đoàn Luật sư', level: 'PROVINCE' },
  { pattern: /^(dai truyen thanh|dai phat thanh)/, kind: 'MEDIA', canonical: 'Đài Truyền thanh' },
  { pattern: /^(thuong truc huyen uy|tt huyen uy|huyen uy)/, kind: 'PARTY_COMMITTEE', canonical: 'Thường trực Huyện ủy', level: 'DISTRICT' },
  { pattern: /^(ban thuong vu tinh uy|tinh uy)/, kind: 'PARTY_COMMITTEE', canonical: 'Ban Thường vụ Tỉnh ủy', level: 'PROVINCE' },
];

/** Level words after a head, longest first; "huyện"/"tỉnh" may be followed by the unit's own name. */
const LEVELS: [RegExp, AgencyLevel, boolean][] = [
  [/^ cap xa\b/, 'COMMUNE', false],
  [/^ cap huyen\b/, 'DISTRICT', false],
  [/^ cap tinh\b/, 'PROVINCE', false],
  [/^ cung cap\b/, 'SAME_LEVEL', false],
  [/^ cac cap\b/, 'EVERY_LEVEL', false],
  [/^ cac xa, (phuong, )?thi tran\b/, 'COMMUNE', false],
  [/^ cac (xa|huyen)\b/, 'COMMUNE', false],
  [/^ (huyen|quan|thi xa)\b/, 'DISTRICT', true],
  [/^ (tinh|thanh pho)\b/, 'PROVINCE', true],
  [/^ (xa|phuong|thi tran)\b/, 'COMMUNE', true],
];

/** An agency read from the text; `kind` and `level` also for a named one (which its reference does not repeat). */
export type ParsedAgency = { agency: AgencyRef; kind: AgencyKind | null; level: AgencyLevel | null; from: number; to: number };

/** An agency's name is short: the reader looks this far ahead (so long lists stay linear). */
const WINDOW = 160;

/** Reads one agency name at `from` in `text`, or null when no head of the lexicon starts there. */
export function agencyAt(text: string, from: number, unit: UnitContext): ParsedAgency | null {
  const window = text.slice(from, from + WINDOW);
  const folded = fold(window);
  const head = HEADS.find((candidate) => candidate.pattern.test(folded));
  if (!head) return null;
  let end = head.pattern.exec(folded)![0].length;
  let level: AgencyLevel | undefined = head.level;
  let ownLevel: AgencyLevel | undefined;
  let explicitName: string | null = null;
  for (const [pattern, found, named] of LEVELS) {
    const match = pattern.exec(folded.slice(end));
    if (!match) continue;
    ownLevel = found;
    const levelEnd = end + match[0].length;
    const name = named ? /^( \p{Lu}[\p{L}]*)+/u.exec(window.slice(levelEnd)) : null;
    explicitName = name ? window.slice(end + 1, levelEnd + name[0].length) : null;
    end = levelEnd + (name ? name[0].length : 0);
    break;
  }
  const to = from + end;
  level = ownLevel ?? level;
  const label = text.slice(from, to);
  const agency = classify(head, label, level, ownLevel !== undefined, explicitName, unit);
  return { agency, kind: head.kind ?? null, level: agency.level ?? level ?? (agency.agency ? unit.level : null), from, to };
}

function classify(head: Head, label: string, level: AgencyLevel | undefined, levelStated: boolean, explicitName: string | null, unit: UnitContext): AgencyRef {
  if (head.canonical && !head.plural && explicitName) return { label, agency: `${head.canonical} ${explicitName}` };
  const own = unit.level && unit.name && (level === undefined || level === unit.level);
  if (head.canonical && !head.plural && own && (!head.level || head.level === unit.level)) return { label, agency: `${head.canonical} ${unit.name}` };
  const ref: AgencyRef = { label };
  if (head.kind) ref.kind = head.kind;
  if (level) ref.level = level;
  else if (!levelStated && head.plural && head.memberOfFront && unit.level) ref.level = unit.level;
  return ref;
}

const SEPARATOR = /, | và |; /y;

/**
 * Reads a list of agencies ("Phòng Tư pháp, Ủy ban nhân dân cấp xã", "Ủy ban Mặt trận Tổ quốc Việt Nam
 * và các đoàn thể cùng cấp") from `from`, stopping at the first words that are not an agency. A level
 * after the last of two names joined by "và" ("... và các đoàn thể cùng cấp") is theirs both. With
 * `lenient`, words that are no known agency up to the next separator still make an agency (its label).
 */
export function agencyListAt(text: string, from: number, unit: UnitContext, lenient = false): { agencies: AgencyRef[]; parsed: ParsedAgency[]; to: number; unknown: string[] } {
  const agencies: AgencyRef[] = [];
  const found: ParsedAgency[] = [];
  const unknown: string[] = [];
  const joinedByAnd: boolean[] = [];
  let position = from;
  for (;;) {
    const parsed = agencyAt(text, position, unit);
    if (parsed) {
      const previous = agencies[agencies.length - 1];
      if (parsed.agency.kind === 'MASS_ORGANISATION' && parsed.agency.level === undefined && previous?.kind === 'FATHERLAND_FRONT') {
        parsed.agency.level = previous.level ?? (previous.agency ? unit.level ?? undefined : undefined);
      }
      agencies.push(parsed.agency);
      found.push(parsed);
      position = parsed.to;
    } else if (lenient && position < text.length) {
      const end = nextSeparator(text, position, unit);
      const label = text.slice(position, end).replace(/[.;]+$/, '').trim();
      if (!label) break;
      agencies.push({ label });
      unknown.push(label);
      position = end;
    } else break;
    SEPARATOR.lastIndex = position;
    const separator = SEPARATOR.exec(text);
    if (!separator || !(agencyAt(text, position + separator[0].length, unit) || lenient)) break;
    joinedByAnd.push(separator[0] === ' và ');
    position += separator[0].length;
  }
  distributeLevels(agencies, joinedByAnd);
  return { agencies, parsed: found, to: position, unknown };
}

/**
 * An unknown name ends at a comma or semicolon, and at "và" only before a name the lexicon knows:
 * names such as "Phòng Tài nguyên và Môi trường" hold a "và" of their own.
 */
function nextSeparator(text: string, from: number, unit: UnitContext): number {
  const separators = /, |; | và |\.$/g;
  separators.lastIndex = from;
  for (let match = separators.exec(text); match; match = separators.exec(text)) {
    if (match[0] !== ' và ' || agencyAt(text, match.index + match[0].length, unit)) return match.index;
  }
  return text.length;
}

function distributeLevels(agencies: AgencyRef[], joinedByAnd: boolean[]): void {
  for (let index = agencies.length - 1; index > 0; index--) {
    const right = agencies[index];
    const left = agencies[index - 1];
    if (joinedByAnd[index - 1] && (right.level === 'SAME_LEVEL' || right.level === 'EVERY_LEVEL') && !left.level && !left.agency) left.level = right.level;
    else if (joinedByAnd[index - 1] && (right.level === 'SAME_LEVEL' || right.level === 'EVERY_LEVEL') && left.agency && !/ (huyen|tinh|xa)\b/.test(fold(left.label))) {
      // "Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể cùng cấp": the Front of the same level, not the plan unit's own.
      const kind = KIND_OF_CANONICAL.find(([canonical]) => left.agency!.startsWith(canonical))?.[1];
      delete left.agency;
      if (kind) left.kind = kind;
      left.level = right.level;
    }
  }
}

const KIND_OF_CANONICAL: [string, AgencyKind][] = HEADS.filter((head) => head.canonical && head.kind).map((head) => [head.canonical!, head.kind!]);

/** The levels a list of agencies reaches (reporters "Ủy ban nhân dân các xã, thị trấn": COMMUNE). */
export const levelsOf = (agencies: AgencyRef[]): UnitLevel[] =>
  [...new Set(agencies.map((agency) => agency.level).filter((level): level is UnitLevel => level === 'PROVINCE' || level === 'DISTRICT' || level === 'COMMUNE'))];
