/** Longest file name kept, in characters. */
export const FILE_NAME_MAX_CHARS = 200;

// C0/C1 controls, zero-width and bidirectional overrides (which can disguise
// "gpj.exe" as "exe.jpg"), and the byte order mark.
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const RESERVED = /[<>:"|?*]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * A file name safe to store and to offer for download: the last path
 * segment only, NFC, without control or invisible characters, without
 * characters that Windows refuses, no leading dots, at most 200 characters
 * (the extension kept). An empty result becomes `file`.
 */
export function sanitiseFileName(raw: string | undefined): string {
  const base = (raw ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  let name = base.replace(INVISIBLE, '').replace(RESERVED, '_').trim().replace(/^\.+/, '').trim();
  if (!name) return 'file';
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  const characters = [...name];
  if (characters.length <= FILE_NAME_MAX_CHARS) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? [...name.slice(dot)] : [];
  const kept = extension.length > 0 && extension.length <= 20 ? extension : [];
  return characters.slice(0, FILE_NAME_MAX_CHARS - kept.length).join('') + kept.join('');
}

/**
 * A Content-Disposition value (RFC 6266): an ASCII fallback for old
 * clients and the exact name as `filename*=UTF-8''…`.
 */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
