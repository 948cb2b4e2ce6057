import './schema';
export { importAreas, locationProblems } from './areas.service';
export type { AdminArea, AdminAreaInput } from './area';
