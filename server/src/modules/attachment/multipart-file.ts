import type { IncomingMessage } from 'node:http';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import busboy from 'busboy';
import { badInput } from '../../core/errors/domain-error';
import type { AttachmentStorage, StoredFile } from './attachment-storage';
import { tooLarge, UploadAborted } from './attachment-errors';
import { sniffContentType, SNIFF_BYTES } from './content-type';
import { sanitiseFileName } from './file-name';

/** A file received and stored. */
export interface ReceivedFile {
  stored: StoredFile;
  /** Sanitised name. */
  name: string;
  /** Sniffed from the content. */
  contentType: string;
}

/** Passes bytes through, keeps the first ones for sniffing and fails past the limit. */
class SizeGuard extends Transform {
  head = Buffer.alloc(0);
  private size = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(tooLarge(`The file is larger than ${this.maxBytes} bytes.`));
      return;
    }
    if (this.head.length < SNIFF_BYTES) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, SNIFF_BYTES - this.head.length)]);
    }
    done(null, chunk);
  }
}

/** Calls `abort` when the client goes away before the request's end. */
function onAbort(req: IncomingMessage, abort: () => void): () => void {
  const check = () => {
    if (!req.complete) abort();
  };
  req.on('aborted', abort);
  req.on('close', check);
  req.on('error', abort);
  return () => {
    req.off('aborted', abort);
    req.off('close', check);
    req.off('error', abort);
  };
}

function firstFile(req: IncomingMessage): Promise<{ stream: Readable; filename?: string }> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // Browsers send names as raw UTF-8; busboy's default would read Latin-1.
      defParamCharset: 'utf8',
      limits: { files: 1, fields: 10, parts: 20, fieldSize: 4096 },
    });
  } catch {
    return Promise.reject(
      badInput('file', 'Send the file as multipart/form-data in a "file" field.'),
    );
  }
  return new Promise((resolve, reject) => {
    const stopWatching = onAbort(req, () => reject(new UploadAborted()));
    parser.on('file', (field, stream, info) => {
      if (field !== 'file') {
        stream.resume();
        return;
      }
      stopWatching();
      resolve({ stream, filename: info.filename });
    });
    parser.on('error', (error) => {
      stopWatching();
      reject(badInput('file', `The form cannot be read: ${(error as Error).message}`));
    });
    parser.on('close', () => {
      stopWatching();
      reject(badInput('file', 'The form has no "file" field.'));
    });
    req.pipe(parser);
  });
}

/**
 * Streams the `file` field of a multipart request into storage, never
 * holding it in memory. Fails with 413 past `maxBytes` and with
 * UploadAborted when the client goes away; either way storage keeps
 * nothing, and the promise settles only after it has cleaned up.
 */
export async function receiveFile(
  req: IncomingMessage,
  storage: AttachmentStorage,
  maxBytes: number,
): Promise<ReceivedFile> {
  const file = await firstFile(req);
  const guard = new SizeGuard(maxBytes);
  const stopWatching = onAbort(req, () => guard.destroy(new UploadAborted()));
  file.stream.on('error', (error) => guard.destroy(error));
  file.stream.pipe(guard);
  try {
    const stored = await storage.write(guard);
    return {
      stored,
      name: sanitiseFileName(file.filename),
      contentType: sniffContentType(guard.head),
    };
  } catch (error) {
    // The rest of the body is not wanted: the response closes the connection.
    req.unpipe();
    throw error;
  } finally {
    stopWatching();
  }
}
