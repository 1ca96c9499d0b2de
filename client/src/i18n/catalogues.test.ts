import {
  ErrorCode,
  InstanceEnvironment,
  Resolution,
  Role,
  SEVERITIES,
  TicketAction,
  TicketEventKind,
  TicketState,
  TicketType,
} from '@support/shared';
import en from './en.json';
import ja from './ja.json';

type Catalogue = { [key: string]: string | Catalogue };

/** Every key of a nested catalogue as a dotted path, with its text. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else flatten(value, path).forEach((text, nested) => entries.set(nested, text));
  }
  return entries;
}

const english = flatten(en);
const japanese = flatten(ja);
const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  describe('keys', () => {
    it('has no English key missing from Japanese', () => {
      expect([...english.keys()].filter((key) => !japanese.has(key))).toEqual([]);
    });

    it('has no Japanese key missing from English', () => {
      expect([...japanese.keys()].filter((key) => !english.has(key))).toEqual([]);
    });

    it('uses the same placeholders in both languages', () => {
      const differing = [...english].filter(
        ([key, text]) =>
          japanese.has(key) &&
          placeholders(text).join() !== placeholders(japanese.get(key) as string).join(),
      );
      expect(differing.map(([key]) => key)).toEqual([]);
    });

    it('leaves no text empty', () => {
      const empty = [...english, ...japanese].filter(([, text]) => text.trim() === '');
      expect(empty.map(([key]) => key)).toEqual([]);
    });
  });

  describe('domain values', () => {
    const required = [
      ...Object.values(TicketState).flatMap((state) => [`state.${state}`, `stateInfo.${state}`]),
      ...Object.values(TicketAction).flatMap((action) => [
        `action.${action}`,
        `actionComment.${action}`,
      ]),
      ...Object.values(TicketType).flatMap((type) => [`type.${type}`, `typeHint.${type}`]),
      ...SEVERITIES.flatMap((level) => [`severity.${level}.label`, `severity.${level}.definition`]),
      ...Object.values(TicketEventKind).map((kind) => `eventKind.${kind}`),
      ...Object.values(Role).map((role) => `role.${role}`),
      ...Object.values(InstanceEnvironment).map((environment) => `environment.${environment}`),
      ...Object.values(Resolution).map((resolution) => `resolution.${resolution}`),
      ...Object.values(ErrorCode).map((code) => `error.${code}`),
      'error.NETWORK',
    ];

    it.each(required)('translates %s', (key) => {
      expect(english.has(key)).toBe(true);
      expect(japanese.has(key)).toBe(true);
    });
  });
});
