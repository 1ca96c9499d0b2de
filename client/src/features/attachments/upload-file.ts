/** A file the server stored, not yet attached (pass its id as `attachmentIds`). */
export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  contentType: string;
}

/** Why an upload failed, as the form explains it. */
export type UploadFailure =
  | { kind: 'tooLarge'; maxBytes: number | null }
  | { kind: 'tooMany'; maxFiles: number | null }
  | { kind: 'empty' }
  | { kind: 'unauthenticated' }
  | { kind: 'forbidden' }
  | { kind: 'failed'; correlationId?: string };

/** The error a rejected upload promise carries. */
export class UploadError extends Error {
  constructor(readonly failure: UploadFailure) {
    super(`Upload failed: ${failure.kind}`);
    this.name = 'UploadError';
  }
}

/** Where files are uploaded (same origin; the session cookie authenticates). */
export const ATTACHMENTS_PATH = '/attachments';

interface ErrorBody {
  error?: { code?: string; message?: string; correlationId?: string };
}

/**
 * Reads a refused upload: 413 is too large (one file) or too many (per
 * ticket, or waiting for a new ticket), told apart by the server's message,
 * whose figure becomes the limit shown.
 */
export function readFailure(status: number, body: ErrorBody | null): UploadFailure {
  const message = body?.error?.message ?? '';
  if (status === 413) {
    const bytes = /(\d+) bytes/.exec(message);
    if (bytes || /larger/i.test(message)) {
      return { kind: 'tooLarge', maxBytes: bytes ? Number(bytes[1]) : null };
    }
    const files = /(\d+) files/.exec(message);
    return { kind: 'tooMany', maxFiles: files ? Number(files[1]) : null };
  }
  if (status === 401) return { kind: 'unauthenticated' };
  if (status === 403) return { kind: 'forbidden' };
  if (status === 400 && /empty/i.test(message)) return { kind: 'empty' };
  return { kind: 'failed', correlationId: body?.error?.correlationId };
}

/**
 * Uploads one file as multipart (`file` field) to `POST /attachments`, for
 * a ticket (`?ticket=CS-…`) or for one about to be opened (no ticket).
 * XMLHttpRequest rather than fetch, for upload progress (0–1). Rejects
 * with an UploadError; `signal` aborts the request.
 */
export function uploadFile(
  file: File,
  options: { ticket?: string; onProgress?: (share: number) => void; signal?: AbortSignal } = {},
): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const query = options.ticket ? `?ticket=${encodeURIComponent(options.ticket)}` : '';
    request.open('POST', `${ATTACHMENTS_PATH}${query}`);
    request.withCredentials = true;
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 201) return resolve(request.response as UploadedFile);
      reject(new UploadError(readFailure(request.status, request.response as ErrorBody | null)));
    };
    request.onerror = () => reject(new UploadError({ kind: 'failed' }));
    request.onabort = () => reject(new UploadError({ kind: 'failed' }));
    options.signal?.addEventListener('abort', () => request.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
