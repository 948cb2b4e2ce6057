export * from './access';
export { findGrants } from './access.store';
