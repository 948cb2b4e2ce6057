export interface Session {
  id: string;
  userId: string;
  agencyId: string;
  authMethod: string;
  mfaLevel: string;
  mfaPending: boolean;
  userAgent: string | null;
  clientAddress: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
}

/** A new web session as the gateway hands it to the browser: the token only ever leaves here. */
export interface IssuedSession {
  session: Session;
  /** Goes into the HttpOnly cookie; only its hash is stored. */
  token: string;
  /** Sent back by the web client in the x-csrf-token header on every POST. */
  csrfToken: string;
}
