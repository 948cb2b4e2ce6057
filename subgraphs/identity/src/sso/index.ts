export {
  createSsoProvider,
  listSsoProviders,
  startSsoSignIn,
  completeSsoSignIn,
  mappedRoleKeys,
  type SsoDeps,
} from './sso.service';
export type { OidcOptions } from './oidc';
export type { SsoProvider, SsoProviderSummary, NewSsoProvider } from './sso';
export { SSO_FLOW_MS } from './sso';
