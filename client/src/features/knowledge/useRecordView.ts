import { useEffect, useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ArticleViewContext } from '../../gql/graphql';
import { RecordArticleViewMutation } from './knowledge.operations';

/**
 * Records once that the article was opened, in the given context (INTAKE
 * views feed the deflection report). A failure only loses the count, so
 * it is not shown to the reader.
 */
export function useRecordView(articleId: string | null, context: ArticleViewContext): void {
  const [record] = useMutation(RecordArticleViewMutation);
  const recorded = useRef<string | null>(null);

  useEffect(() => {
    // The ref keeps StrictMode's second effect run from counting twice.
    if (!articleId || recorded.current === articleId) return;
    recorded.current = articleId;
    record({ variables: { input: { articleId, context } } }).catch(() => undefined);
  }, [articleId, context, record]);
}
