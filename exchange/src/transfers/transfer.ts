export const transferStatuses = ['initiated', 'transmitted', 'received', 'accepted', 'cancelled'] as const;
export type TransferStatus = (typeof transferStatuses)[number];

/** A case on its way to a partner organisation (signing and transmission come later). */
export interface Transfer {
  id: string;
  caseId: string;
  partnerId: string;
  status: TransferStatus;
  /** The information-sharing consent naming the partner, or the override made for this transfer. */
  consentId: string | null;
  consentOverrideId: string | null;
  initiatedBy: string;
  initiatedAt: Date;
}
