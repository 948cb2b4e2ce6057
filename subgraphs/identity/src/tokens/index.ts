import './schema';
export { viewerForBearer, exchangeClientCredentials, OAUTH_ACCESS_TOKEN_SECONDS } from './tokens.service';
export { revokeTokensOfUser } from './tokens.store';
