import { AppError } from '../../core/errors';

/**
 * Why the documents module refuses a text or an upload. Each refusal is BAD_USER_INPUT naming the
 * field (`text` for a pasted text, `file` for an upload) with a stable reason and its parameters,
 * so the console can say it in the user's language.
 */
export type DocumentErrorReason =
  | 'TEXT_EMPTY'
  | 'TEXT_TOO_LONG'
  | 'NOT_A_PLAN'
  | 'UPLOAD_EMPTY'
  | 'UPLOAD_TOO_LARGE'
  | 'UPLOAD_UNSUPPORTED_FORMAT'
  | 'UPLOAD_NOT_UTF8'
  | 'DOCX_INVALID'
  | 'DOCX_MACROS'
  | 'DOCX_EXTERNAL_REFERENCE'
  | 'DRAFT_INDICATOR_MISSING'
  | 'DRAFT_BUDGET_TOTAL_MISMATCH';

/** As badInput(field, message, reason, params), with the reason one of the literals above (the catalogue test reads them there). */
const refuse = (field: string, reason: DocumentErrorReason, message: string, params: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', message, { field, reason, params });

export const documentErrors = {
  textEmpty: () => refuse('text', 'TEXT_EMPTY', 'The text is empty: paste the text of a plan'),
  textTooLong: (length: number, max: number) =>
    refuse('text', 'TEXT_TOO_LONG', `The text has ${length} characters; a plan's text has at most ${max}`, { length, max }),
  notAPlan: (kind: string | null, tasks: number) =>
    refuse('text', 'NOT_A_PLAN', kind && kind !== 'PLAN'
      ? `This text is a document of kind ${kind}, not a plan (KẾ HOẠCH)`
      : 'This text is not a plan: it has no "KẾ HOẠCH" heading (or "Kế hoạch ..." title) with purposes, objectives or tasks', { kind, tasks }),
  uploadEmpty: () => refuse('file', 'UPLOAD_EMPTY', 'The file is empty'),
  uploadTooLarge: (bytes: number, maxBytes: number) =>
    refuse('file', 'UPLOAD_TOO_LARGE', `The file has ${bytes} bytes; at most ${maxBytes} are accepted`, { bytes, maxBytes }),
  unsupportedFormat: (detected: string) =>
    refuse('file', 'UPLOAD_UNSUPPORTED_FORMAT', `Only .docx and .txt files are read (this one looks like ${detected})`, { detected }),
  notUtf8: () => refuse('file', 'UPLOAD_NOT_UTF8', 'The text file is not UTF-8 (or UTF-16 with a byte-order mark): save it as UTF-8 and upload it again'),
  docxInvalid: (why: string) => refuse('file', 'DOCX_INVALID', `The file is not a valid Word document: ${why}`, { why }),
  docxMacros: (parts: string[]) =>
    refuse('file', 'DOCX_MACROS', 'The Word document contains macros or active content; save it as a plain .docx (without macros) and upload it again', { parts }),
  docxExternal: (targets: string[]) =>
    refuse('file', 'DOCX_EXTERNAL_REFERENCE', 'The Word document refers to outside files or addresses (links, linked images, templates or fields); remove them and upload it again', { targets }),
  // Saving a reviewed draft (createPlanFromDraft): the field is the draft's path ("tasks[2].targets[0].indicator").
  draftIndicatorMissing: (field: string) =>
    refuse(field, 'DRAFT_INDICATOR_MISSING', 'This target names no indicator of the catalogue: choose one, or remove the target'),
  draftBudgetTotal: (total: string, sum: string) =>
    refuse('budgetTotal', 'DRAFT_BUDGET_TOTAL_MISMATCH', `The appendix's total is ${total} but its top-level lines sum to ${sum}`, { total, sum }),
};
