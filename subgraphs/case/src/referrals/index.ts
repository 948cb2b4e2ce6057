import './schema';
export { createReferral, type CreateReferralInput, type Referral } from './referrals.service';
