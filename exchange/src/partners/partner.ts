export interface Partner {
  id: string;
  agencyId: string;
  name: string;
  country: string;
  endpointUrl: string | null;
}
