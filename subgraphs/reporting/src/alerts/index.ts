import './schema';
export { accessAlerts, acknowledgeAccessAlert } from './alerts.service';
