import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useLive } from '../../core/live/live-context';
import { useSession } from '../../core/session/session-context';
import { ErrorAlert } from '../../core/ui/ErrorAlert';
import { Loading } from '../../core/ui/Loading';
import { createExplorerFetcher } from './explorer-fetcher';
import './explorer.css';

/** Where the server publishes its schema as SDL (works with introspection off). */
const SCHEMA_PATH = '/schema.graphql';

const EXAMPLE = `# Your session's cookie authenticates these requests.
# Subscriptions run over the live connection (graphql-ws).
query MyQueue {
  tickets(first: 5) {
    eventCursor
    edges {
      node {
        number
        title
        state
        serviceLevel { phase dueAt breached }
        plannedAvailability { release date }
      }
    }
  }
}

# subscription Queue($after: String) {
#   queueEvents(after: $after) { sequence kind ticket { number state } }
# }
`;

/**
 * GraphiQL, bundled with the app (no CDN, works offline), in its own lazy
 * chunk. The schema is built from the published SDL, so docs and
 * completion work even where introspection is disabled (production).
 */
export function ExplorerPage() {
  const { t } = useTranslation();
  const { client } = useLive();
  const { me } = useSession();
  const [schema, setSchema] = useState<GraphQLSchema | null>(null);
  const [failed, setFailed] = useState(false);
  const fetcher = useMemo(() => createExplorerFetcher(client), [client]);

  useEffect(() => {
    let current = true;
    fetch(SCHEMA_PATH, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`GET ${SCHEMA_PATH}: ${response.status}`);
        return response.text();
      })
      .then((sdl) => current && setSchema(buildSchema(sdl)))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, []);

  return (
    <div className="explorer" data-testid="explorer">
      <header className="explorer-bar">
        <Link to="/" className="explorer-back">
          {t('explorer.back')}
        </Link>
        <h1 className="explorer-title">{t('explorer.title')}</h1>
        <span className="small">{t('explorer.as', { name: me?.name ?? '' })}</span>
        <a href={SCHEMA_PATH} className="small" target="_blank" rel="noreferrer">
          {t('explorer.sdl')}
        </a>
      </header>
      <div className="explorer-body">
        {failed && <ErrorAlert error={{ code: 'NETWORK' }} />}
        {!schema && !failed && <Loading />}
        {schema && (
          <GraphiQL
            fetcher={fetcher as Parameters<typeof GraphiQL>[0]['fetcher']}
            schema={schema}
            defaultQuery={EXAMPLE}
            defaultEditorToolsVisibility
          />
        )}
      </div>
    </div>
  );
}
