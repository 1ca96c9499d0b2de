import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { applyUserLanguage } from '../../i18n/language';
import { isUnauthenticated } from '../apollo/api-error';
import { onUnauthenticated } from '../apollo/session-events';
import { LoginMutation, LogoutMutation, MeQuery } from './session.operations';
import { SessionContext, type Me, type Session } from './session-context';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; me: Me | null; expired?: boolean }
  | { status: 'failed' };

/** Asks who is logged in: UNAUTHENTICATED means nobody, other failures are reported. */
async function loadMe(client: ApolloClient): Promise<Loaded> {
  try {
    const { data } = await client.query({ query: MeQuery, fetchPolicy: 'network-only' });
    return { status: 'ready', me: data?.me ?? null };
  } catch (error) {
    return isUnauthenticated(error) ? { status: 'ready', me: null } : { status: 'failed' };
  }
}

/** The user's language applies once they are known (unless chosen in this browser). */
function withLanguage(loaded: Loaded): Loaded {
  if (loaded.status === 'ready' && loaded.me) applyUserLanguage(loaded.me.locale);
  return loaded;
}

/**
 * Knows who is logged in. Asks `me` once at start (UNAUTHENTICATED means
 * logged out); login and logout clear Apollo's cache so that nothing of one
 * user is ever shown to the next. Renders a loading or retry screen until
 * the answer is known.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  const signIn = useCallback((me: Me | null) => {
    setLoaded(withLanguage({ status: 'ready', me }));
  }, []);

  const refresh = useCallback(async () => {
    setLoaded(withLanguage(await loadMe(client)));
  }, [client]);

  // A request refused mid-session: forget the user; RequireLogin sends them to /login.
  useEffect(
    () =>
      onUnauthenticated(() => {
        setLoaded((current) =>
          current.status === 'ready' && current.me
            ? { status: 'ready', me: null, expired: true }
            : current,
        );
        void client.clearStore();
      }),
    [client],
  );

  useEffect(() => {
    let current = true;
    void loadMe(client).then((loaded) => {
      if (current) setLoaded(withLanguage(loaded));
    });
    return () => {
      current = false;
    };
  }, [client]);

  const session = useMemo<Session | null>(() => {
    if (loaded.status !== 'ready') return null;
    return {
      me: loaded.me,
      expired: loaded.expired === true,
      refresh,
      async login(email, password) {
        const { data } = await client.mutate({
          mutation: LoginMutation,
          variables: { email, password },
        });
        if (!data) throw new Error('login returned no data');
        await client.clearStore();
        signIn(data.login);
        return data.login;
      },
      async adopt(me) {
        await client.clearStore();
        signIn(me);
      },
      async logout() {
        await client.mutate({ mutation: LogoutMutation });
        await client.clearStore();
        signIn(null);
      },
    };
  }, [client, loaded, refresh, signIn]);

  if (loaded.status === 'failed') {
    return (
      <main className="centered-page" role="alert">
        <p>{t('app.sessionFailed')}</p>
        <button type="button" className="button" onClick={() => void refresh()}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  if (!session) return <p className="page-loading">{t('app.loading')}</p>;
  return <SessionContext value={session}>{children}</SessionContext>;
}
