import type { ReactElement, ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Role } from '@support/shared';
import { createCache } from '../core/apollo/apollo-client';
import { SessionContext, type Me, type Session } from '../core/session/session-context';
import { Locale } from '../gql/graphql';

/** A logged-in user for component tests; a customer of Tokyo Trading by default. */
export function buildMe(overrides: Partial<Me> = {}): Me {
  return {
    __typename: 'User',
    id: '10',
    name: 'Hanako Yamada',
    role: Role.CUSTOMER,
    locale: Locale.En,
    timeZone: 'Asia/Tokyo',
    isAgent: false,
    organisation: { __typename: 'Organisation', id: '1', name: 'Tokyo Trading' },
    ...overrides,
  };
}

/** A session that only knows `me`. */
export function buildSession(me: Me | null = buildMe()): Session {
  return {
    me,
    expired: false,
    login: jest.fn(),
    logout: jest.fn(),
    refresh: jest.fn(),
    adopt: jest.fn(),
  };
}

/** Options of renderPage. */
export interface RenderPageOptions {
  me?: Me | null;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** The page's path; other paths render their path as text. */
  path?: string;
}

/**
 * Renders a page as the app does: Apollo (with mocked responses and the
 * app's cache policies), the session and a router. Any other route renders
 * `at <path>`, so a test can see where the page navigated.
 */
export function renderPage(page: ReactElement, options: RenderPageOptions = {}) {
  const path = options.path ?? '/';
  const wrap = (children: ReactNode) => (
    <MockedProvider mocks={options.mocks ?? []} cache={createCache()}>
      <SessionContext value={buildSession(options.me === undefined ? buildMe() : options.me)}>
        {children}
      </SessionContext>
    </MockedProvider>
  );
  return render(
    wrap(
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={path} element={page} />
          <Route path="*" element={<Location />} />
        </Routes>
      </MemoryRouter>,
    ),
  );
}

function Location() {
  return <p data-testid="location">at {useLocation().pathname}</p>;
}
