import './schema';
export {
  possibleDuplicates,
  mergePersons,
  addPersonIdentifier,
  setMatchingRules,
  matchingRulesOf,
  type DuplicateCandidate,
  type DuplicateQuery,
  type PersonMerge,
} from './dedupe.service';
export { indexPerson, indexUnindexedPersons } from './dedupe.store';
export { defaultMatchingRules, scoreCandidate, nameSimilarity, type MatchingRules } from './matching';
export { nameIndex, nameKeys, nameTokens, phoneticKey, searchName } from './transliterate';
