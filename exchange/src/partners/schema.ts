import { builder } from '../builder';
import type { Partner } from './partner';
import { listPartners } from './partners.service';

const PartnerRef = builder.objectRef<Partner>('PartnerOrganisation').implement({
  description: 'An organisation this agency may exchange cases with.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    country: t.exposeString('country'),
  }),
});

builder.queryFields((t) => ({
  partnerOrganisations: t.field({
    type: [PartnerRef],
    resolve: (_root, _args, ctx) => listPartners(ctx.db, ctx.viewer),
  }),
}));
