import type { GraphQLFormattedError } from 'graphql';
import { GraphQLRequestError, sessionHeaders } from '../graphql/request';

/** The official documents the server writes (GET /documents/...): a plan as DOCX or PDF, a report as DOCX or XLSX. */
export type DocumentFormat = 'docx' | 'pdf' | 'xlsx';
export type DocumentKind = 'plans' | 'reports';

/** The file name the server gives (RFC 5987 `filename*`, the exact Vietnamese), else its ASCII fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const exact = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (exact) {
    try {
      return decodeURIComponent(exact);
    } catch {
      // A malformed escape: the plain name below.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

/** Saves a blob under a file name, as a download. */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Fetches the document with the session as every request of the console carries it (the HttpOnly
 * cookie, which the server also sends to /documents, with the console's header and the working
 * unit) and saves it. A refusal is thrown as the API's errors, for the console to say in words.
 */
export async function downloadDocument(kind: DocumentKind, id: string | number, format: DocumentFormat): Promise<void> {
  const response = await fetch(`/documents/${kind}/${encodeURIComponent(String(id))}.${format}`, { credentials: 'same-origin', headers: sessionHeaders() });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: GraphQLFormattedError[] } | null;
    throw new GraphQLRequestError(body?.errors?.length ? body.errors : [{ message: `HTTP ${response.status}` }]);
  }
  save(await response.blob(), fileNameOf(response.headers.get('content-disposition'), `${kind}-${id}.${format}`));
}
