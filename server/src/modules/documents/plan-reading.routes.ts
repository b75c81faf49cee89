import express, { Router, type Request, type Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../../core/errors';
import type { DownloadOptions } from './download.routes';
import { PLAN_READING_SELECTION } from './plan-reading.selection';
import { MAX_UPLOAD_BYTES, uploadText } from './upload';

/**
 * POST /documents/plan-readings?unitId=… with a .docx or .txt file as the body: the upload path of
 * readPlanText. /graphql takes bodies of at most 256 kB; a Word document is bigger. The file is
 * checked (upload.ts: size, format, macros, external references), its text extracted, and then
 * read by the readPlanText operation itself, run through Apollo with the request's own context
 * (session, scope, row-level security, transaction, limits), so the answer and the refusals are the
 * API's: `{ data: { readPlanText } }` or `{ errors: [...] }` with code, field, reason and params.
 */
const READ = `query ReadUploadedPlan($unitId: ID!, $text: String!) { readPlanText(unitId: $unitId, text: $text) { ${PLAN_READING_SELECTION} } }`;
const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, TOO_MANY_REQUESTS: 429, SERVICE_UNAVAILABLE: 503 };

const refusal = (res: Response, error: GraphQLFormattedError) => {
  const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const { field, reason, params } = error.extensions ?? {};
  res.status(STATUS[code] ?? 500).json({ errors: [{ message: error.message, extensions: { code, field, reason, params } }] });
};

export function planReadingRoutes(options: Pick<DownloadOptions, 'apollo' | 'context'>): Router {
  const router = Router();
  // A file of 5 MB or more is refused with its reason (UPLOAD_TOO_LARGE); far bigger bodies are cut off as any too large body.
  const body = express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES + 1024 * 1024 });
  router.post('/plan-readings', body, async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    const contextValue = await options.context(req, res);
    res.on('close', () => void contextValue.tx.finish(false).catch(() => undefined));
    if (contextValue.contextError || !contextValue.caller) {
      const error = contextValue.contextError ?? new AppError('UNAUTHENTICATED', 'Sign in first', { reason: 'SIGN_IN_REQUIRED' });
      refusal(res, { message: error.message, extensions: error instanceof AppError ? error.extensions : { code: 'UNAUTHENTICATED', reason: 'SESSION_INVALID' } });
      return;
    }
    let text: string;
    try {
      text = uploadText({ bytes: Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array() });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refusal(res, { message: error.message, extensions: error.extensions });
      return;
    }
    const response = await options.apollo.executeOperation({ query: READ, variables: { unitId: String(req.query.unitId ?? ''), text } }, { contextValue });
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    const error = result ? result.errors?.[0] : { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR' } };
    if (error) refusal(res, error);
    else res.status(200).json({ data: result!.data });
  });
  return router;
}
