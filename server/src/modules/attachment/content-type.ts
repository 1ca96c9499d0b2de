/** Bytes of a file's start that sniffing looks at. */
export const SNIFF_BYTES = 4096;

/** Media types shown inline as images (thumbnails); everything else downloads. */
export const IMAGE_TYPES: readonly string[] = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
];

const SIGNATURES: Array<{ type: string; test: (head: Buffer) => boolean }> = [
  { type: 'image/png', test: (h) => starts(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', test: (h) => starts(h, [0xff, 0xd8, 0xff]) },
  { type: 'image/gif', test: (h) => ascii(h, 0, 'GIF87a') || ascii(h, 0, 'GIF89a') },
  { type: 'image/webp', test: (h) => ascii(h, 0, 'RIFF') && ascii(h, 8, 'WEBP') },
  { type: 'application/pdf', test: (h) => ascii(h, 0, '%PDF-') },
  {
    type: 'application/zip',
    test: (h) => ascii(h, 0, 'PK') && [0x0304, 0x0506, 0x0708].includes(h.readUInt16BE(2)),
  },
  { type: 'application/gzip', test: (h) => starts(h, [0x1f, 0x8b, 0x08]) },
];

function starts(head: Buffer, bytes: number[]): boolean {
  return head.length >= bytes.length && bytes.every((byte, index) => head[index] === byte);
}

function ascii(head: Buffer, offset: number, text: string): boolean {
  return (
    head.length >= offset + text.length &&
    head.toString('latin1', offset, offset + text.length) === text
  );
}

/** UTF-8 text without NUL and with hardly any other control characters (logs, CSV, JSON). */
function isText(head: Buffer): boolean {
  let decoded: string;
  try {
    // stream: true tolerates a character cut at the end of the sniffed bytes.
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return false;
  }
  let controls = 0;
  for (const character of decoded) {
    const code = character.charCodeAt(0);
    if (code === 0) return false;
    if (code < 0x20 && !'\t\n\r\f\u001b'.includes(character)) controls += 1;
  }
  return controls <= decoded.length / 100;
}

/**
 * The media type of a file from its first bytes, never from its name or
 * the client's claim: png, jpeg, gif, webp, pdf, zip, gzip, UTF-8 text,
 * else application/octet-stream.
 */
export function sniffContentType(head: Buffer): string {
  const match = SIGNATURES.find((signature) => head.length >= 4 && signature.test(head));
  if (match) return match.type;
  if (head.length > 0 && isText(head)) return 'text/plain';
  return 'application/octet-stream';
}
