import './schema';
export { verifySecondFactor } from './mfa.service';
export { totpCodeAt } from './totp';
