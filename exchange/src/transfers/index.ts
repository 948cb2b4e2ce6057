import './schema';
export { initiateTransfer } from './transfers.service';
export type { Transfer } from './transfer';
