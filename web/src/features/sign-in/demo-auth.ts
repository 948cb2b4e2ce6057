/** The gateway's demo sign-in (embedded mode only, until real sign-in exists). */

export interface DemoUser {
  userId: string;
  displayName: string;
  email: string;
  agencyName: string;
  roles: string[];
}

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    // The gateway only accepts JSON here: a cross-site form cannot send it without a CORS preflight.
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
}

/** The demo users to choose from, or null when this server has demo sign-in turned off. */
export async function listDemoUsers(signal?: AbortSignal): Promise<DemoUser[] | null> {
  const response = await fetch('/auth/demo/users', {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    signal,
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`Demo users: HTTP ${response.status}`);
  const body = (await response.json()) as { users?: DemoUser[] };
  return body.users ?? [];
}

export async function signInAsDemoUser(userId: string): Promise<void> {
  const response = await post('/auth/demo/sign-in', { userId });
  if (!response.ok) throw new Error(`Demo sign-in: HTTP ${response.status}`);
}

export async function signOut(): Promise<void> {
  const response = await post('/auth/demo/sign-out', {});
  if (!response.ok) throw new Error(`Sign-out: HTTP ${response.status}`);
}
