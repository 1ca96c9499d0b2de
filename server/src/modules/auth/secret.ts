import { createHash, randomBytes } from 'node:crypto';

/** A new random secret for a cookie or token, URL-safe. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** SHA-256 of a secret, hex: what the database stores. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
