/** The demo seed's accounts (api.md), offered on the login page of a demo install. */
export const DEMO_ACCOUNTS = [
  { email: 'customer@tokyo.example.jp', role: 'customerJa' },
  { email: 'customer@ny.example.com', role: 'customerEn' },
  { email: 'engineer@example.com', role: 'engineer' },
  { email: 'dev@example.com', role: 'development' },
  { email: 'integration@example.com', role: 'integration' },
  { email: 'admin@example.com', role: 'admin' },
] as const;

/** The password of every demo account. */
export const DEMO_PASSWORD = 'demo-password';
