export { identitySubgraph } from './schema';
export * from './directory';
export * from './auth';
export * from './sessions';
export * from './mfa';
export * from './tokens';
export * from './sso';
