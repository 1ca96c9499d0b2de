import type { TextRange } from './highlight';

/** Where a highlight lies. */
export enum SearchField {
  TITLE = 'TITLE',
  BODY = 'BODY',
  DOCUMENT_ID = 'DOCUMENT_ID',
}

/** A highlighted range of one field of a hit. */
export interface FieldRange extends TextRange {
  field: SearchField;
  /** Which entry of a list field (document IDs); 0 otherwise. */
  item: number;
}
