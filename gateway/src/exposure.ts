/**
 * Whether the explorer and introspection are on: on in development, off in production unless the
 * EXPLORER / INTROSPECTION settings ask for them. Shared by both gateway entry points' env.ts.
 */
export function exposure(env: { NODE_ENV: string; EXPLORER?: boolean; INTROSPECTION?: boolean }) {
  const production = env.NODE_ENV === 'production';
  return { production, explorer: env.EXPLORER ?? !production, introspection: env.INTROSPECTION ?? !production };
}
