/**
 * Official documents in and out (issue 12): pure writers and reader, no database. The HTTP downloads
 * and the adapters from the stored plan and report are `download.routes.ts` and `adapters/`; plans
 * in from text in GraphQL (readPlanText, createPlanFromDraft) are `plan-import.*`, the upload route
 * `plan-reading.routes.ts`.
 */
export type * from './official-plan';
export type * from './official-report';
export type { PlanReading, RecognisedPart, Unplaced, UnplacedReason, ReadingWarning, RuleCode } from './reader/reading';
export { RULES } from './reader/reading';
export { emptyPlan } from './official-plan';
export { planDocx, planPdf } from './plan-document';
export { reportDocx, reportXlsx } from './report-document';
export { readPlanText, MAX_TEXT_LENGTH } from './reader/read-plan';
export { readPlanUpload, uploadText, MAX_UPLOAD_BYTES, type Upload } from './upload';
export { documentErrors, type DocumentErrorReason } from './document.errors';
