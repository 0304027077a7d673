import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditPage, SessionInfo } from '../../api/access';
import type { StadiumLog } from '../leaders/leader-state';
import type { PipelineRequest, PipelineStep, Refusal } from '../pipeline/request-pipeline';
import { WRITES } from '../pipeline/write-header';
import { replyWithMessage } from '../proxy/reply-upstream';
import { auditTarget, type AuditTrail } from './audit-trail';
import type { Lockout } from './lockout';
import {
  readCookie,
  SESSION_COOKIE,
  sessionCookie,
  type Session,
  type SessionKeeper,
} from './sessions';
import type { Role, UserDirectory } from './user-directory';

export interface AccessOptions {
  /** --read-only: every write is refused, whoever asks. */
  readOnly: boolean;
  /** --operators / --viewers; absent: no sign-in (loopback, or --no-auth). */
  users: UserDirectory | undefined;
  sessions: SessionKeeper;
  lockout: Lockout;
  audit: AuditTrail;
  /** Served over TLS: session cookies are Secure. */
  secureCookies: boolean;
  log: StadiumLog;
}

export const SESSION_PATH = '/api/session';
export const AUDIT_PATH = '/api/audit';
/** Routes whose writes reach an upstream: the ones the audit trail records. */
const UPSTREAM_ROUTES = /^\/api\/(?:mesos|marathon|agents)\//;
const MAX_USERNAME = 256;
const MAX_PASSWORD = 1024;
const AUDIT_PAGE_SIZE = 200;

interface Principal {
  user: string;
  role: Role;
  session: Session;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is signed in, set by the session step when sign-in is on. */
    principal?: Principal;
    /** A session whose idle deadline moved: its cookie is re-issued with the answer. */
    refreshedSession?: Session;
  }
}

/**
 * Sign-in, roles, read-only mode and the audit trail. The checks are steps of the request
 * pipeline (session, role, read-only, after the cross-site ones); the routes are /api/session
 * (who am I, sign in, sign out) and /api/audit.
 */
export class AccessControl {
  constructor(private readonly options: AccessOptions) {}

  get signInRequired(): boolean {
    return this.options.users !== undefined;
  }

  /** In pipeline order: who is asking, then what their role allows, then what Stadium allows. */
  steps(): PipelineStep[] {
    return [
      (request) => this.sessionStep(request),
      (request) => this.roleStep(request),
      (request) => this.readOnlyStep(request),
    ];
  }

  register(app: FastifyInstance): void {
    app.addHook('onSend', async (request, reply) => {
      const session = request.refreshedSession;
      if (session) this.setSessionCookie(reply, session);
    });
    app.addHook('onResponse', async (request, reply) => this.audit(request, reply));
    app.get(SESSION_PATH, async (request, reply) =>
      reply.header('cache-control', 'no-store').send(this.sessionInfo(request.principal)),
    );
    app.post(SESSION_PATH, async (request, reply) => this.signIn(request, reply));
    app.delete(SESSION_PATH, async (request, reply) => this.signOut(request, reply));
    app.get<{ Querystring: { user?: string; target?: string } }>(
      AUDIT_PATH,
      async (request, reply) => {
        const { user, target } = request.query;
        const page: AuditPage = {
          entries: this.options.audit.latest({
            ...(typeof user === 'string' && user !== '' && { user }),
            ...(typeof target === 'string' && target !== '' && { target }),
            limit: AUDIT_PAGE_SIZE,
          }),
        };
        return reply.header('cache-control', 'no-store').send(page);
      },
    );
  }

  /**
   * For connections that stay open (the event feed): whether the request's session still holds,
   * so a sign-out or an expired session ends them. Always true without sign-in.
   */
  stillSignedIn(request: FastifyRequest): boolean {
    if (!this.options.users) return true;
    const session = request.principal?.session;
    return session !== undefined && this.options.sessions.holds(session);
  }

  private sessionStep({ api, path, incoming }: PipelineRequest): Refusal | undefined {
    const { users, sessions } = this.options;
    if (!users) return undefined;
    const session = sessions.decode(readCookie(incoming.headers.cookie, SESSION_COOKIE));
    const role = session && users.roleOf(session.user);
    if (session && role) {
      incoming.principal = { user: session.user, role, session };
      const touched = sessions.touched(session);
      if (touched) incoming.refreshedSession = touched;
      return undefined;
    }
    // Pages and their assets hold no cluster data: the console loads and shows its sign-in form.
    if (!api || path === SESSION_PATH) return undefined;
    return {
      status: 401,
      reason: 'no-session',
      message: 'Sign in to Stadium first: this request has no session, or it has expired.',
    };
  }

  private roleStep({ method, path, incoming }: PipelineRequest): Refusal | undefined {
    const principal = incoming.principal;
    if (principal?.role !== 'viewer') return undefined;
    if (path === AUDIT_PATH) {
      return {
        status: 403,
        reason: 'viewer',
        message: `${principal.user} is a viewer: only operators see the audit trail.`,
      };
    }
    if (!WRITES.has(method) || path === SESSION_PATH) return undefined;
    return {
      status: 403,
      reason: 'viewer',
      message:
        `${principal.user} is a viewer: viewers see the cluster but cannot change it. ` +
        'Ask for an operator account to do this.',
    };
  }

  private readOnlyStep({ method, path, api }: PipelineRequest): Refusal | undefined {
    if (!this.options.readOnly || !api || !WRITES.has(method) || path === SESSION_PATH) {
      return undefined;
    }
    return {
      status: 403,
      reason: 'read-only',
      message:
        'Stadium runs in read-only mode (--read-only): it changes nothing in the cluster. ' +
        'Use a Stadium started without --read-only to do this.',
    };
  }

  private sessionInfo(principal: Principal | undefined): SessionInfo {
    const signInRequired = this.signInRequired;
    const readOnly = this.options.readOnly || principal?.role === 'viewer';
    return {
      signInRequired,
      ...(principal && { user: principal.user, role: principal.role }),
      readOnly,
      canAudit: signInRequired ? principal?.role === 'operator' : true,
    };
  }

  private async signIn(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const { users, lockout, sessions, log } = this.options;
    if (!users) {
      return replyWithMessage(
        reply,
        404,
        'Sign-in is off: Stadium was started without --operators or --viewers.',
      );
    }
    const body = request.body as { username?: unknown; password?: unknown } | null;
    const username = body?.username;
    const password = body?.password;
    if (
      typeof username !== 'string' ||
      typeof password !== 'string' ||
      username === '' ||
      username.length > MAX_USERNAME ||
      password.length > MAX_PASSWORD
    ) {
      return replyWithMessage(reply, 400, 'Send {"username": "...", "password": "..."} as JSON.');
    }
    const lockedMs = lockout.lockedFor(username);
    if (lockedMs > 0) {
      const minutes = Math.ceil(lockedMs / 60_000);
      log(
        `access: sign-in for ${username} from ${request.ip} refused: locked after wrong passwords`,
      );
      return replyWithMessage(
        reply.header('retry-after', String(Math.ceil(lockedMs / 1000))),
        429,
        `Too many wrong passwords for ${username}: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      );
    }
    const role = await users.verify(username, password);
    if (!role) {
      lockout.fail(username);
      log(`access: wrong username or password for ${username} from ${request.ip}`);
      return replyWithMessage(reply, 401, 'Wrong username or password.');
    }
    lockout.succeed(username);
    const session = sessions.issue(username);
    this.setSessionCookie(reply, session);
    log(`access: ${username} (${role}) signed in from ${request.ip}`);
    return reply
      .header('cache-control', 'no-store')
      .send(this.sessionInfo({ user: username, role, session }));
  }

  private async signOut(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const principal = request.principal;
    if (principal) {
      this.options.sessions.revoke(principal.session);
      this.options.log(`access: ${principal.user} signed out`);
    }
    // The refreshed cookie must not come back to life in onSend.
    delete request.refreshedSession;
    reply.header(
      'set-cookie',
      sessionCookie('', { maxAgeMs: 0, secure: this.options.secureCookies }),
    );
    return reply.header('cache-control', 'no-store').send(this.sessionInfo(undefined));
  }

  private setSessionCookie(reply: FastifyReply, session: Session): void {
    const { sessions, secureCookies } = this.options;
    reply.header(
      'set-cookie',
      sessionCookie(sessions.encode(session), { maxAgeMs: sessions.idleMs, secure: secureCookies }),
    );
  }

  /** A write that passed reaches the audit trail; a refused request is one log line. */
  private audit(request: FastifyRequest, reply: FastifyReply): void {
    // Refusals are counted and logged once, with the others, by the proxy's observer.
    if (request.refusal) return;
    if (!WRITES.has(request.method)) return;
    const path = request.url;
    if (!UPSTREAM_ROUTES.test(path)) return;
    const body = Buffer.isBuffer(request.body) ? request.body : undefined;
    const target = auditTarget(path, body, String(request.headers['content-type'] ?? ''));
    this.options.audit.record({
      time: new Date().toISOString(),
      ...(request.principal && { user: request.principal.user }),
      address: request.ip,
      method: request.method,
      path,
      ...(target !== undefined && { target }),
      status: reply.statusCode,
    });
  }
}
