import './schema';
export {
  recordConsent,
  withdrawConsent,
  overrideConsent,
  requireConsent,
  overrideReasonOf,
  type RecordConsentInput,
} from './consents.service';
export {
  consentGivers,
  consentScopes,
  type Consent,
  type ConsentBasis,
  type ConsentGiver,
  type ConsentOverride,
  type ConsentScope,
} from './consent';
