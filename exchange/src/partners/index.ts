import './schema';
export { listPartners, registerPartner } from './partners.service';
export type { Partner } from './partner';
