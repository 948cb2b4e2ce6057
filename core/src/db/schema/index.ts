export * from './identity';
export * from './case';
export * from './workflow';
export * from './exchange';
