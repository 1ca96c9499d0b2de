import type { Readable } from 'node:stream';

/** Bytes stored by AttachmentStorage.write. */
export interface StoredFile {
  /** Opaque key for read and remove. */
  key: string;
  size: number;
}

/**
 * Where attachment bytes live: the seam between the console and a disk or
 * an S3-compatible bucket. Implementations never leave a partial object
 * behind: `write` stores all of the stream or nothing.
 */
export interface AttachmentStorage {
  /**
   * Stores the stream under a new key. Rejects, having removed whatever it
   * wrote, when the stream errors (a size limit, an aborted upload).
   */
  write(source: Readable): Promise<StoredFile>;
  /** The bytes of a key; rejects when the key holds nothing. */
  read(key: string): Promise<Readable>;
  /** Removes a key; removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}
