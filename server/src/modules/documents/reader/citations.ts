import type { DocumentReference } from '../official-plan';
import { KINDS_BY_NAME, capitaliseFirst, fold, isoDay } from '../vietnamese';
import { unitOf } from './agencies';

/**
 * Citations of other documents, as Decree 30 wants them written the first time: kind, number and
 * symbol, date, issuer, title ("Kế hoạch số 156/KH-UBND ngày 01/11/2021 của Ủy ban nhân dân tỉnh Sóc
 * Trăng, triển khai thực hiện Chỉ thị số 05-CT/TU ..."). A title that itself cites a document ("triển
 * khai thực hiện Chỉ thị ...") gives what the cited document implements.
 */

const NUMBER = /^ số\s+(\d+[\p{L}\d/.-]*)/u;
const SHORT_DATE = /^ ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/;
const LONG_DATE = /^ ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/;
/** An issuer ends at a comma, or where the title's words start. */
const ISSUER = /^ của (.+?)(?=,| về | triển khai | thực hiện | ban hành |$)/u;
/** A cited document's title ends where the citing document's own scope starts ("trên địa bàn tỉnh Sóc Trăng năm 2021"). */
const SCOPE = / (trên địa bàn|tại địa phương)\b.*$/u;

export type Citation = { reference: DocumentReference; from: number; to: number };

/** The kind name starting at `from` ("Kế hoạch", "Chỉ thị" ...), if any. */
function kindAt(text: string, from: number) {
  const folded = fold(text.slice(from));
  return KINDS_BY_NAME.find(([name]) => folded.startsWith(fold(name)) && !/^\p{L}/u.test(text.slice(from + name.length, from + name.length + 1)));
}

/** Reads a citation starting at `from`. `nested` cuts the title before the citing document's scope. */
export function citationAt(text: string, from: number, nested = false, citingIssuer: string | null = null): Citation | null {
  const kind = kindAt(text, from);
  if (!kind) return null;
  const [name, documentKind] = kind;
  let position = from + name.length;
  const reference: DocumentReference = { kind: documentKind, numberSymbol: null, issuedOn: null, issuedYear: null, issuingBody: null, title: null, implements: null };
  const quoted = /^ “[^”]+”/.exec(text.slice(position));
  if (quoted) {
    // A scheme or programme known by its name: Đề án “Nâng cao năng lực ...”.
    reference.title = `${name}${quoted[0]}`;
    return { reference, from, to: position + quoted[0].length };
  }
  const number = NUMBER.exec(text.slice(position));
  if (number) {
    reference.numberSymbol = number[1].replace(/[.,;]+$/, '');
    position += number[0].length - (number[1].length - reference.numberSymbol.length);
  }
  const date = SHORT_DATE.exec(text.slice(position)) ?? LONG_DATE.exec(text.slice(position));
  if (date) {
    reference.issuedOn = isoDay(Number(date[3]), Number(date[2]), Number(date[1]));
    position += date[0].length;
  }
  const issuer = ISSUER.exec(text.slice(position));
  if (issuer) {
    reference.issuingBody = completeIssuer(issuer[1].trim(), citingIssuer);
    position += issuer[0].length;
  }
  if (!number && !date && !issuer) return null;
  const rest = /^(,\s*|\s+)(.*)$/su.exec(text.slice(position));
  if (rest && rest[2]) {
    let title = rest[2].replace(/[.;:]+$/, '').replace(/\s*\/\.$/, '');
    if (nested) title = title.replace(SCOPE, '');
    reference.title = capitaliseFirst(title.trim());
    const inner = /^(triển khai thực hiện|triển khai|thực hiện) /iu.exec(rest[2]);
    if (inner) {
      const cited = citationAt(rest[2], inner[0].length, true, reference.issuingBody);
      if (cited) reference.implements = cited.reference;
    }
    position = text.length;
  }
  return { reference, from, to: position };
}

/**
 * "Ban Thường vụ Tỉnh ủy" cited in a province's document is that province's: its name is completed
 * from the citing body ("Ủy ban nhân dân tỉnh Sóc Trăng" → "Ban Thường vụ Tỉnh ủy Sóc Trăng").
 */
function completeIssuer(issuer: string, citingIssuer: string | null): string {
  if (!/(Tỉnh ủy|Huyện ủy|Thành ủy)$/u.test(issuer)) return issuer;
  const unit = unitOf(citingIssuer);
  const place = unit.name?.replace(/^\S+\s+/u, '').replace(/^(phố|xã|trấn)\s+/u, '');
  const wanted = /Tỉnh ủy$/u.test(issuer) ? 'PROVINCE' : 'DISTRICT';
  return place && unit.level === wanted ? `${issuer} ${place}` : issuer;
}
