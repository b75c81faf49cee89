import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Middleware } from './graphql-lane';

type Parsed = IncomingMessage & { body?: unknown; _body?: boolean };
type ReadError = Error & { status: number; statusCode: number; type: string; expose: boolean };

/** `application/json`, alone or with a UTF-8 charset, in any case and spacing. */
const PLAIN_JSON = /^\s*application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
/** JSON's whitespace, then the first character of the value (body-parser's strict check). */
const FIRST_CHAR = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d])/;

/**
 * The JSON body of a plain request, read as body-parser reads it; every other request goes to
 * body-parser itself (`fallback`). PERF (issue 11, twenty-first round): body-parser looks at the
 * request through five packages (type-is, content-type, raw-body, iconv-lite, on-finished) and
 * cost about 5 % of the server's CPU on W2, whose body is a hundred bytes of UTF-8 JSON.
 *
 * This reader takes only what needs none of that: a content type of `application/json` (with a
 * UTF-8 charset or none), no content encoding, no transfer encoding, and a declared length within
 * the limit. It then does what body-parser does for such a body: the bytes read must be the
 * declared length; a UTF-8 byte order mark is dropped; an empty body is `{}`; in strict mode the
 * value must be an object or an array; a failure is the same error (status and type) that
 * body-parser gives, so the answer is the same (tests/foundation/graphql-lane.test.ts compares them).
 */
export function jsonBody(options: { limit: number; fallback: Middleware }): Middleware {
  const { limit, fallback } = options;
  return (req: Parsed, res: ServerResponse, next) => {
    const length = plainLength(req, limit);
    if (req._body || length === undefined) {
      fallback(req, res, next);
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const finish = (error?: ReadError) => {
      if (done) return;
      done = true;
      req.off('data', onData).off('end', onEnd).off('error', onError).off('aborted', onAborted);
      if (error) {
        req.resume(); // as raw-body does: the rest of the body is read and dropped
        next(error);
        return;
      }
      try {
        req.body = parse(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received));
        req._body = true;
      } catch (failure) {
        next(failure);
        return;
      }
      next();
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > length) finish(readError(400, 'request.size.invalid', 'request size did not match content length'));
      else chunks.push(chunk);
    };
    const onEnd = () => finish(received === length ? undefined : readError(400, 'request.size.invalid', 'request size did not match content length'));
    const onError = () => finish(readError(400, 'request.aborted', 'request aborted'));
    const onAborted = () => finish(readError(400, 'request.aborted', 'request aborted'));
    req.on('data', onData).on('end', onEnd).on('error', onError).on('aborted', onAborted);
  };
}

/** The declared length of a body this reader takes, or undefined for a request to leave to body-parser. */
function plainLength(req: IncomingMessage, limit: number): number | undefined {
  const { headers } = req;
  if (headers['transfer-encoding'] !== undefined) return undefined;
  if (headers['content-encoding'] !== undefined) return undefined;
  const type = headers['content-type'];
  if (type === undefined || !PLAIN_JSON.test(type)) return undefined;
  const declared = headers['content-length'];
  if (declared === undefined || !/^\d{1,9}$/.test(declared)) return undefined;
  const length = Number(declared);
  return length <= limit ? length : undefined;
}

function parse(bytes: Buffer): unknown {
  // iconv-lite's UTF-8 decoder, which body-parser reads with, drops a byte order mark.
  const text = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.toString('utf8', 3) : bytes.toString('utf8');
  if (text.length === 0) return {};
  const first = FIRST_CHAR.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw readError(400, 'entity.parse.failed', 'The request body is not a JSON object or array');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw readError(400, 'entity.parse.failed', (error as Error).message);
  }
}

function readError(status: number, type: string, message: string): ReadError {
  return Object.assign(new Error(message), { status, statusCode: status, type, expose: true });
}
