import type { ApolloServer } from '@apollo/server';
import { Router, type Request, type Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { AuthContext } from '../users/auth.resolver';
import { officialPlan, PLAN_DOCUMENT_QUERY, type PlanDocumentData } from './adapters/plan-adapter';
import { officialReport, REPORT_DOCUMENT_QUERY, REPORT_PLAN_QUERY, type ReportDocumentData, type ReportPlanData } from './adapters/report-adapter';
import { planDocx, planPdf } from './plan-document';
import { reportDocx, reportXlsx } from './report-document';
import { fold, KIND_NAMES } from './vietnamese';

/**
 * GET /documents/plans/{id}.docx|pdf and /documents/reports/{id}.docx|xlsx: a plan or a report as
 * an official document. Each download runs internal GraphQL operations through Apollo with the
 * request's own context (the same session rules, scope, x-unit-id narrowing, row-level security,
 * request transaction, loaders and limits as /graphql), maps the answer with the adapters and
 * renders it. What the caller cannot read answers 404, as an unknown or malformed id does.
 */
export type DownloadOptions = {
  apollo: ApolloServer<AuthContext>;
  /** The context /graphql builds for a request (app.ts), one per operation. */
  context: (req: Request, res: Response) => Promise<AuthContext>;
  /** Documents one caller may have rendered at once (a PDF takes about a second of CPU): as many as its expensive requests. */
  rendersPerCaller: number;
};

type Format = 'docx' | 'pdf' | 'xlsx';
type Query = (<T>(query: string, variables: Record<string, unknown>) => Promise<T>) & { callerKey?: string };
type File = { bytes: Buffer; name: string };
/** Runs the rendering itself (after the data is read), within the caller's allowance. */
type Rendering = (render: () => Promise<Buffer>) => Promise<Buffer>;
type Source = { entity: 'Plan' | 'Report'; formats: Partial<Record<Format, (query: Query, id: string, rendering: Rendering) => Promise<File | null>>> };

const CONTENT_TYPES: Record<Format, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

async function planFile(query: Query, id: string, format: 'docx' | 'pdf', rendering: Rendering): Promise<File | null> {
  const plan = officialPlan(await query<PlanDocumentData>(PLAN_DOCUMENT_QUERY, { id }));
  if (!plan) return null;
  return { bytes: await rendering(() => (format === 'pdf' ? planPdf(plan) : planDocx(plan))), name: `${KIND_NAMES[plan.kind]} ${plan.number ?? id}.${format}` };
}

async function reportFile(query: Query, id: string, format: 'docx' | 'xlsx', rendering: Rendering): Promise<File | null> {
  const stored = await query<ReportDocumentData>(REPORT_DOCUMENT_QUERY, { id });
  const report = stored.Report;
  if (!report) return null;
  const plan = report.planId ? await query<ReportPlanData>(REPORT_PLAN_QUERY, { planId: report.planId, unitId: report.unitId, year: report.year }) : null;
  const official = officialReport(stored, plan)!;
  return { bytes: await rendering(() => (format === 'xlsx' ? reportXlsx(official) : reportDocx(official))), name: `Báo cáo ${official.unitName} năm ${official.year}.${format}` };
}

const SOURCES: Record<string, Source> = {
  plans: { entity: 'Plan', formats: { docx: (q, id, r) => planFile(q, id, 'docx', r), pdf: (q, id, r) => planFile(q, id, 'pdf', r) } },
  reports: { entity: 'Report', formats: { docx: (q, id, r) => reportFile(q, id, 'docx', r), xlsx: (q, id, r) => reportFile(q, id, 'xlsx', r) } },
};

/** A refusal in the API's shape, with its HTTP status. */
class Refusal extends Error {
  constructor(readonly status: number, readonly error: GraphQLFormattedError) {
    super(error.message);
  }
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 404, NOT_FOUND: 404, TOO_MANY_REQUESTS: 429, SERVICE_UNAVAILABLE: 503 };
const notFound = (entity: string, id: string) => new Refusal(404, { message: `${entity} ${id} not found`, extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND', params: { entity, id } } });
const nothingHere = () => new Refusal(404, { message: 'Nothing is served at this address', extensions: { code: 'NOT_FOUND', reason: 'NOTHING_SERVED_HERE' } });

/** Runs one operation as /graphql would for this request; its errors (already masked by formatError) become refusals. */
function queryFor(options: DownloadOptions, req: Request, res: Response, entity: string, id: string): Query {
  const run: Query = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const contextValue = await options.context(req, res);
    run.callerKey = contextValue.caller ? `user:${contextValue.caller.userId}` : undefined;
    res.on('close', () => void contextValue.tx.finish(false).catch(() => undefined));
    const response = await options.apollo.executeOperation<T>({ query, variables }, { contextValue });
    const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
    const error = body ? body.errors?.[0] : { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR' } };
    if (error) {
      const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      // An id the API refuses to read (BAD_USER_INPUT on the id) is, for an address, a page that does not exist.
      if (code === 'FORBIDDEN' || (code === 'BAD_USER_INPUT' && error.extensions?.field === 'id')) throw notFound(entity, id);
      const { reason, params, retryAfterSeconds } = error.extensions ?? {};
      throw new Refusal(STATUS[code] ?? 500, { message: error.message, extensions: { code, reason, ...(params ? { params } : {}), ...(retryAfterSeconds ? { retryAfterSeconds } : {}) } });
    }
    return body!.data as T;
  };
  return run;
}

/**
 * Rendering happens after the request's transaction, outside GraphQL's cost limits: each caller
 * may have at most `max` documents rendered at once; more answer 429, as expensive queries do.
 */
export function renderSlots(max: number) {
  const running = new Map<string, number>();
  return async <T>(caller: string | undefined, render: () => Promise<T>): Promise<T> => {
    const key = caller ?? 'anonymous';
    const count = running.get(key) ?? 0;
    if (count >= max) {
      throw new Refusal(429, {
        message: `You already have ${count} documents being written; wait for them to finish.`,
        extensions: { code: 'TOO_MANY_REQUESTS', reason: 'EXPENSIVE_REQUESTS_IN_FLIGHT', params: { count }, retryAfterSeconds: 1 },
      });
    }
    running.set(key, count + 1);
    try {
      return await render();
    } finally {
      const left = (running.get(key) ?? 1) - 1;
      if (left > 0) running.set(key, left);
      else running.delete(key);
    }
  };
}

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name ("Kế hoạch 127-KH-UBND.docx"). */
export function contentDisposition(name: string): string {
  const exact = name.normalize('NFC').replace(/[/\\:*?"<>|\u0000-\u001f]+/g, '-');
  const ascii = fold(exact).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'document';
  const encoded = encodeURIComponent(exact).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function downloadRoutes(options: DownloadOptions): Router {
  const router = Router();
  const slots = renderSlots(options.rendersPerCaller);
  router.get('/:kind/:file', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      // Own properties only: "constructor" or "__proto__" in the address is not a kind or a format.
      const kind = String(req.params.kind);
      const source = Object.hasOwn(SOURCES, kind) ? SOURCES[kind] : undefined;
      const match = /^([^.]+)\.([a-z]+)$/.exec(String(req.params.file));
      const render = match && source && Object.hasOwn(source.formats, match[2]) ? source.formats[match[2] as Format] : undefined;
      if (!source || !match || !render) throw nothingHere();
      const id = match[1];
      if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) >= 2 ** 31) throw notFound(source.entity, id.slice(0, 40));
      const query = queryFor(options, req, res, source.entity, id);
      const file = await render(query, id, (write) => slots(query.callerKey, write));
      if (!file) throw notFound(source.entity, id);
      res.status(200).setHeader('Content-Type', CONTENT_TYPES[match[2] as Format]);
      res.setHeader('Content-Disposition', contentDisposition(file.name));
      res.setHeader('Content-Length', String(file.bytes.length));
      res.end(file.bytes);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      if (error.status === 429 && error.error.extensions?.retryAfterSeconds) res.setHeader('Retry-After', String(error.error.extensions.retryAfterSeconds));
      res.status(error.status).json({ errors: [error.error] });
    }
  });
  return router;
}
