import './schema';
export { CatalogueEntryRef, ServiceProviderRef } from './schema';
export {
  saveService,
  saveServiceProvider,
  setServiceActive,
  setProviderActive,
  serviceCatalogue,
  serviceProviders,
  servicesByIds,
  providersByIds,
  eligibilitySubjectOf,
  eligibilityFields,
  type SaveServiceInput,
  type SaveProviderInput,
  type CatalogueEntryView,
} from './services.service';
export {
  findEntriesByKeys,
  findEntriesByIds,
  findProvider,
  findProvidersByIds,
  teamInAgency,
  partnerInAgency,
} from './services.store';
export {
  eligibilityOf,
  covers,
  serviceCategories,
  type CatalogueEntry,
  type ServiceProvider,
  type Eligibility,
  type EligibilityResult,
  type Label,
  type ServiceCategory,
} from './service';
