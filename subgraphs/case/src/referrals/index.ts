import './schema';
export { ReferralRef } from './schema';
export {
  createReferral,
  respondToReferral,
  completeReferral,
  incomingReferrals,
  referralsByIds,
  type CreateReferralInput,
  type IncomingReferral,
  type Referral,
  type ReferralEvent,
} from './referrals.service';
export { referralStatuses, referralTransitions, mayMove, type ReferralStatus } from './referral';
