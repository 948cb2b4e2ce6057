/**
 * A real OpenID Connect identity provider for the SSO tests (oidc-provider, in-process, on a loopback
 * port), and a browser that follows the sign-in's redirects by hand with a cookie jar per origin.
 */
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const CLIENT_ID = 'haven-test-client';
export const CLIENT_SECRET = 'a-test-client-secret-that-is-long-enough';

export interface TestIdp {
  /** http://127.0.0.1:<port> */
  issuer: string;
  /** Fictional people the identity provider knows, by subject. */
  accounts: Record<string, { email: string; name: string; groups?: string[] }>;
  /** Who signs in at the identity provider next. */
  nextSubject: string;
  /** When set, the token endpoint's ID token is altered on its way to Haven (payload changed, signature kept). */
  tamperIdToken: ((payload: Record<string, unknown>) => void) | null;
  /** Registers Haven's client (CLIENT_ID, CLIENT_SECRET) with these redirect URIs (replacing earlier ones). */
  allowRedirects(uris: string[]): void;
  close(): Promise<void>;
}

/** Starts the identity provider; until allowRedirects is called it knows no client but answers discovery. */
export async function startTestIdp(): Promise<TestIdp> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let provider: Provider;
  const server = http.createServer((req, res) => {
    void (async () => {
      if (req.url?.startsWith('/interaction/')) {
        // The login page of a real identity provider: here the test says who signs in.
        const details = await provider.interactionDetails(req, res);
        const grant = new provider.Grant({ accountId: idp.nextSubject, clientId: String(details.params.client_id) });
        grant.addOIDCScope(String(details.params.scope));
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          { login: { accountId: idp.nextSubject }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      if (req.url === '/token' && idp.tamperIdToken) {
        const tamper = idp.tamperIdToken;
        const end = res.end.bind(res) as (chunk?: unknown) => http.ServerResponse;
        (res as { end: unknown }).end = (chunk?: unknown) => {
          const body = JSON.parse(String(chunk)) as { id_token: string };
          const [header, payload, signature] = body.id_token.split('.');
          const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
          tamper(claims);
          body.id_token = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
          const text = JSON.stringify(body);
          res.setHeader('content-length', Buffer.byteLength(text));
          return end(text);
        };
      }
      provider.callback()(req, res);
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const configure = (redirectUris: string[]) =>
    new Provider(issuer, {
      clients: redirectUris.length
        ? [
            {
              client_id: CLIENT_ID,
              client_secret: CLIENT_SECRET,
              grant_types: ['authorization_code'],
              response_types: ['code'],
              redirect_uris: redirectUris,
            },
          ]
        : [],
      jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' }] },
      findAccount: (_ctx, sub) =>
        idp.accounts[sub]
          ? { accountId: sub, claims: () => ({ sub, email_verified: true, ...idp.accounts[sub] }) }
          : undefined,
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
      conformIdTokenClaims: false,
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      cookies: { keys: ['a-test-cookie-signing-key'] },
    });

  const idp: TestIdp = {
    issuer,
    accounts: {},
    nextSubject: '',
    tamperIdToken: null,
    allowRedirects(uris) {
      provider = configure(uris);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  provider = configure([]);
  return idp;
}

/** A tiny cookie jar per origin: enough for a flow that follows its redirects by hand. */
export class Jar {
  private cookies = new Map<string, Map<string, string>>();
  header(url: URL): string {
    return [...(this.cookies.get(url.origin) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  store(url: URL, res: Response): void {
    const jar = this.cookies.get(url.origin) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && new Date(a.split('=')[1]!) < new Date()),
      );
      if (expired || !value) jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(url.origin, jar);
  }
  get(origin: string, name: string): string | undefined {
    return this.cookies.get(origin)?.get(name);
  }
}

export interface FlowResult {
  /** Where Haven's callback sent the browser. */
  location: string;
  jar: Jar;
  /** The session cookie ("haven_session=…") if one was set. */
  session: string | null;
}

/**
 * Follows redirects by hand, carrying cookies per origin, until Haven's callback answers (or a
 * response that is not a redirect). `rewrite` may alter the callback URL before it is fetched.
 */
export async function follow(
  havenUrl: string,
  start: string,
  jar: Jar,
  rewrite?: (url: URL) => URL,
): Promise<FlowResult> {
  let url = new URL(start);
  for (let hop = 0; hop < 15; hop++) {
    if (rewrite && url.origin === havenUrl && url.pathname.endsWith('/callback')) url = rewrite(url);
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header(url) } });
    jar.store(url, res);
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) throw new Error(`stopped at ${url.href}: ${res.status}`);
    const next = new URL(location, url);
    if (url.origin === havenUrl && url.pathname.endsWith('/callback')) {
      const session = jar.get(havenUrl, 'haven_session');
      return { location: `${next.pathname}${next.search}`, jar, session: session ? `haven_session=${session}` : null };
    }
    url = next;
  }
  throw new Error('too many redirects');
}
