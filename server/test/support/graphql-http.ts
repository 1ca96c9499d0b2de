/**
 * Result data as tests read it: shapes vary per query and the assertions
 * check them, so the type stays open.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Data = Record<string, any>;

/** One GraphQL response as the tests read it. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
}

/**
 * A GraphQL-over-HTTP client that keeps the session cookie like a browser,
 * or sends a bearer token like a script.
 */
export class GqlHttp {
  cookie: string | undefined;

  constructor(
    readonly baseUrl: string,
    readonly bearerToken?: string,
  ) {}

  /** Posts an operation; never throws on GraphQL errors. */
  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearerToken) headers.authorization = `Bearer ${this.bearerToken}`;
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const body = (await response.json()) as Omit<GqlResponse<T>, 'status'>;
    return { status: response.status, ...body };
  }

  /** Like request, but fails the test on any GraphQL error. */
  async ok<T = Data>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** Logs in with the password and keeps the session cookie. */
  async login(email: string, password = 'demo-password'): Promise<this> {
    await this.ok(
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
      { email, password },
    );
    return this;
  }
}

/** The `extensions.code` of the first error, if any. */
export function errorCode(result: GqlResponse<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}
