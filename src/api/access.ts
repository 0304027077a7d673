/** Who may do what in this Stadium: `GET /api/session`. */
export interface SessionInfo {
  /** --operators or --viewers given: every /api route but this one needs a session. */
  signInRequired: boolean;
  /** Signed in (or sign-in not required and then absent). */
  user?: string;
  role?: 'operator' | 'viewer';
  /** --read-only, or a viewer: every write is refused. */
  readOnly: boolean;
  /** Operators (and everyone when sign-in is off) may read the audit trail. */
  canAudit: boolean;
}

/** Body of `POST /api/session`. */
export interface SignInRequest {
  username: string;
  password: string;
}

/** One write that passed Stadium: a line of --audit-log and of `GET /api/audit`. */
export interface AuditEntry {
  /** ISO 8601. */
  time: string;
  /** Absent when sign-in is off. */
  user?: string;
  address: string;
  method: string;
  /** As the browser sent it, e.g. /api/marathon/v2/apps/nginx?force=true. */
  path: string;
  /** The app, pod, deployment, framework or agent id the write acts on. */
  target?: string;
  /** The status the browser got (the upstream's, or Stadium's when no upstream answered). */
  status: number;
}

export interface AuditPage {
  entries: AuditEntry[];
}
