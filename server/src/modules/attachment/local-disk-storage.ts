import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AttachmentStorage, StoredFile } from './attachment-storage';

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Attachments as files in one folder (`${DATA_DIR}/attachments`), named by
 * random keys. A write goes to `<key>.part` and is renamed when complete,
 * so the folder never holds half a file under a real key, and the part is
 * deleted when the write fails.
 */
export class LocalDiskStorage implements AttachmentStorage {
  constructor(private readonly folder: string) {}

  async write(source: Readable): Promise<StoredFile> {
    await fs.mkdir(this.folder, { recursive: true });
    const key = randomUUID();
    const partial = path.join(this.folder, `${key}.part`);
    const target = createWriteStream(partial, { flags: 'wx' });
    try {
      await pipeline(source, target);
      await fs.rename(partial, this.pathOf(key));
    } catch (error) {
      await fs.rm(partial, { force: true });
      throw error;
    }
    return { key, size: target.bytesWritten };
  }

  async read(key: string): Promise<Readable> {
    const handle = await fs.open(this.pathOf(key), 'r');
    return handle.createReadStream();
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`not a storage key: ${JSON.stringify(key)}`);
    return path.join(this.folder, key);
  }
}
