import './schema';
export { CarePlanRef } from './schema';
export {
  createCarePlan,
  updateCarePlan,
  addCarePlanObjective,
  updateCarePlanObjective,
  addIntervention,
  updateIntervention,
  submitCarePlan,
  decideCarePlan,
  completeCarePlan,
  carePlansOf,
  type CarePlanInput,
  type ObjectiveInput,
  type InterventionInput,
} from './care-plans.service';
export { currentPlan, carePlanStatuses, type CarePlan, type CarePlanStatus } from './care-plan';
