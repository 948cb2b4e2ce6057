import { graphql } from '../../gql';

// Internal referrals to the viewer's teams: the case number and the referral, not the case.
export const IncomingReferralsDocument = graphql(`
  query IncomingReferrals($status: ReferralStatus) {
    incomingReferrals(status: $status) {
      caseNumber
      referral {
        ...ReferralView
      }
    }
  }
`);
