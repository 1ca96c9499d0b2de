import { useEffect, useRef, useState } from 'react';
import { UploadError, uploadFile, type UploadFailure, type UploadedFile } from './upload-file';

/** One file of a form, from choice to stored. */
export interface PendingUpload {
  key: string;
  name: string;
  size: number;
  /** 0–1 while uploading. */
  progress: number;
  status: 'uploading' | 'done' | 'failed';
  uploaded?: UploadedFile;
  failure?: UploadFailure;
}

let nextKey = 0;

/**
 * The files of one form (new ticket, reply): each starts uploading as soon
 * as it is chosen, with its progress; failures stay listed with their
 * reason until removed. `ids` are the stored files to send as
 * `attachmentIds`; `busy` while any upload runs. Unmounting aborts uploads.
 */
export function useAttachmentUploads(ticket?: string) {
  const [files, setFiles] = useState<PendingUpload[]>([]);
  const controllers = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  const patch = (key: string, change: Partial<PendingUpload>) =>
    setFiles((current) =>
      current.map((file) => (file.key === key ? { ...file, ...change } : file)),
    );

  function add(chosen: FileList | readonly File[]) {
    for (const file of Array.from(chosen)) {
      const key = `upload-${++nextKey}`;
      const controller = new AbortController();
      controllers.current.set(key, controller);
      setFiles((current) => [
        ...current,
        { key, name: file.name, size: file.size, progress: 0, status: 'uploading' },
      ]);
      uploadFile(file, {
        ticket,
        signal: controller.signal,
        onProgress: (progress) => patch(key, { progress }),
      })
        .then((uploaded) => patch(key, { status: 'done', progress: 1, uploaded }))
        .catch((error: unknown) =>
          patch(key, {
            status: 'failed',
            failure: error instanceof UploadError ? error.failure : { kind: 'failed' },
          }),
        )
        .finally(() => controllers.current.delete(key));
    }
  }

  function remove(key: string) {
    controllers.current.get(key)?.abort();
    setFiles((current) => current.filter((file) => file.key !== key));
  }

  return {
    files,
    ids: files.flatMap((file) => (file.uploaded ? [file.uploaded.id] : [])),
    busy: files.some((file) => file.status === 'uploading'),
    add,
    remove,
    /** Forgets every file (after the form was sent). */
    clear: () => setFiles([]),
  };
}

/** What useAttachmentUploads returns. */
export type AttachmentUploads = ReturnType<typeof useAttachmentUploads>;
