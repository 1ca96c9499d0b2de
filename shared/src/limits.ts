/** Sizes and caps enforced by the server and mirrored by client forms. */
export const LIMITS = {
  /** Default page size of a connection when `first` is omitted. */
  defaultPageSize: 25,
  /** Largest `first` a connection accepts; more is BAD_USER_INPUT. */
  maxPageSize: 100,
  titleMaxLength: 200,
  /** Long texts stay under 64 KB of UTF-8 even with 4-byte characters. */
  longTextMaxLength: 16000,
  commentMaxLength: 16000,
  shortTextMaxLength: 255,
  urlMaxLength: 2000,
  /** Affected purchase order / invoice / expense report IDs per ticket. */
  maxDocumentIds: 50,
  documentIdMaxLength: 64,
  releaseMaxLength: 100,
  referenceMaxLength: 100,
  noteMaxLength: 2000,
  passwordMaxLength: 256,
  apiTokenNameMaxLength: 100,
  /** Events replayed per database round trip when a subscriber catches up. */
  replayBatchSize: 500,
} as const;
