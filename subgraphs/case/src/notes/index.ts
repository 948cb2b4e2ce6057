import './schema';
export { ClassificationEnum } from './schema';
