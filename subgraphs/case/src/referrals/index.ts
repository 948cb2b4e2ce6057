import './schema';
export { ReferralRef } from './schema';
export { referralsByIds, type Referral } from './referrals.service';
