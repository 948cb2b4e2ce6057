export { exchangeSubgraph } from './schema';
export { registerPartner, type Partner } from './partners';
