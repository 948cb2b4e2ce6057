import { systemClock } from '../auth/clock';
import { builder } from '../builder';
import * as service from './mfa.service';

const MfaEnrolmentRef = builder.objectRef<service.MfaEnrolment>('MfaEnrolment').implement({
  description: 'A TOTP secret waiting for its first code. Scan the QR code or type the secret.',
  fields: (t) => ({
    secret: t.exposeString('secret'),
    otpauthUri: t.exposeString('otpauthUri'),
    qrCodeDataUrl: t.exposeString('qrCodeDataUrl', { description: 'An SVG image as a data: URL.' }),
  }),
});

const MfaStatusRef = builder.objectRef<service.MfaStatus>('MfaStatus').implement({
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled'),
    recoveryCodesLeft: t.exposeInt('recoveryCodesLeft'),
  }),
});

builder.queryFields((t) => ({
  myMfa: t.field({ type: MfaStatusRef, resolve: (_root, _args, ctx) => service.mfaStatus(ctx.db, ctx.viewer) }),
}));

builder.mutationFields((t) => ({
  startMfaEnrolment: t.field({
    type: MfaEnrolmentRef,
    resolve: (_root, _args, ctx) => service.startMfaEnrolment(ctx.db, ctx.viewer, systemClock),
  }),
  confirmMfaEnrolment: t.field({
    type: ['String'],
    description: 'Activates MFA with a first code; returns single-use recovery codes, shown only this once.',
    args: { code: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => service.confirmMfaEnrolment(ctx.db, ctx.viewer, args.code, systemClock),
  }),
}));
