import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/domain-error';

/** One key of a keyset ordering: a column and its direction. */
export interface SortKey {
  /** Column as written in SQL, e.g. `ticket.createdAt`. */
  column: string;
  /** Entity property holding the value. */
  property: string;
  direction: 'ASC' | 'DESC';
  /** The key holds instants (compared in the database's date format). */
  date?: boolean;
}

/** Numbers for numeric keys, ISO instants for date keys. */
type CursorValue = string | number;

/** Encodes the sort values of a row as an opaque cursor. */
export function encodeCursor(row: ObjectLiteral, keys: readonly SortKey[]): string {
  const values = keys.map(({ property, date }) =>
    date ? new Date(row[property]).toISOString() : row[property],
  );
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, keys: readonly SortKey[]): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid =
      Array.isArray(values) &&
      values.length === keys.length &&
      values.every((value: unknown, index) =>
        keys[index].date
          ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
          : typeof value === 'number' && Number.isFinite(value),
      );
    if (valid) return values as CursorValue[];
  } catch {
    // Falls through to the error below: the cursor is not ours.
  }
  throw badInput('after', 'This cursor is not valid for this list.');
}

/**
 * Orders the query by the keys and, given a cursor, keeps only rows after
 * it: (a, b) > (x, y) written out so that every dialect can use an index.
 * `toDbDate` turns an ISO instant into the dialect's stored form.
 */
export function applyKeyset<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  keys: readonly SortKey[],
  after: string | null | undefined,
  toDbDate: (iso: string) => unknown,
): SelectQueryBuilder<T> {
  keys.forEach(({ column, direction }, index) =>
    index === 0 ? query.orderBy(column, direction) : query.addOrderBy(column, direction),
  );
  if (!after) return query;
  const values = decodeCursor(after, keys);
  const params: Record<string, unknown> = {};
  const clause = (index: number): string => {
    const { column, direction, date } = keys[index];
    params[`k${index}`] = date ? toDbDate(String(values[index])) : values[index];
    const op = direction === 'ASC' ? '>' : '<';
    if (index === keys.length - 1) return `${column} ${op} :k${index}`;
    return `(${column} ${op} :k${index} OR (${column} = :k${index} AND ${clause(index + 1)}))`;
  };
  return query.andWhere(clause(0), params);
}
