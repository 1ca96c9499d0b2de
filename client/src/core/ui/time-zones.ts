/** Zones offered when the browser cannot list its own (older engines, jsdom). */
const FALLBACK_ZONES = [
  'UTC',
  'Asia/Tokyo',
  'America/New_York',
  'America/Los_Angeles',
  'Europe/London',
  'Europe/Berlin',
  'Australia/Sydney',
];

/**
 * Every IANA time zone the browser knows (Intl.supportedValuesOf), with
 * UTC, sorted; `current` is kept even when the browser does not list it.
 */
export function timeZoneOptions(current?: string): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  const zones = new Set(intl.supportedValuesOf?.('timeZone') ?? FALLBACK_ZONES);
  zones.add('UTC');
  if (current) zones.add(current);
  return [...zones].sort();
}
