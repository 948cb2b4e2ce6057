import { graphql } from '../../gql';

export const MyMfaDocument = graphql(`
  query MyMfa {
    myMfa {
      enabled
      recoveryCodesLeft
    }
  }
`);

export const StartMfaEnrolmentDocument = graphql(`
  mutation StartMfaEnrolment {
    startMfaEnrolment {
      secret
      otpauthUri
      qrCodeDataUrl
    }
  }
`);

export const ConfirmMfaEnrolmentDocument = graphql(`
  mutation ConfirmMfaEnrolment($code: String!) {
    confirmMfaEnrolment(code: $code)
  }
`);

export const MySessionsDocument = graphql(`
  query MySessions {
    mySessions {
      id
      authMethod
      mfaLevel
      userAgent
      clientAddress
      createdAt
      lastSeenAt
      current
    }
  }
`);

export const RevokeMySessionDocument = graphql(`
  mutation RevokeMySession($id: ID!) {
    revokeMySession(id: $id) {
      id
    }
  }
`);
