import type { Role } from '@hongyun/contracts';
import type pg from 'pg';
import type { SessionKind, SessionStage } from './sessions.ts';

// Everything an authenticated request needs to know about its session, in ONE statement: the
// session, its account (with the fields /api/me shows), every live grant with its org, the live
// delegation the session acts through and that principal, and the org path of the person whose
// branch decides the visible modules. Named, so PostgreSQL plans it once per connection.

export type SessionGrant = {
  id: string;
  role: Role;
  orgId: number;
  orgName: string;
  orgPath: string;
  isDissolved: boolean;
};

export type SessionRecord = {
  sessionId: string;
  kind: SessionKind;
  stage: SessionStage;
  revokedAt: Date | null;
  expiresAt: Date;
  lastSeenAt: Date;
  account: {
    id: string;
    personId: string | null;
    displayName: string;
    phoneLast4: string;
    locale: 'zh-CN' | 'en';
    isTotpEnabled: boolean;
    mustChangePassword: boolean;
    isDisabled: boolean;
    isDemo: boolean;
  };
  /** The account's own person's branch (null without a person). */
  personOrgPath: string | null;
  /** Live grants (not revoked), dissolved orgs included (the actor skips those), by org path then role. */
  grants: SessionGrant[];
  /** The delegation the session acts through, when it is still live. */
  actingFor: {
    personId: string;
    delegationId: string;
    scopes: string[];
    expiresAt: Date | null;
    personName: string;
    personOrgPath: string | null;
  } | null;
};

const LOAD_SESSION = `
select s.id, s.kind, s.stage, s.revoked_at, s.expires_at, s.last_seen_at,
       a.id as account_id, a.person_id, a.display_name, a.phone_last4, a.locale, a.is_totp_enabled,
       a.must_change_password, a.is_disabled, a.is_demo,
       own.org_path as own_org_path,
       d.id as delegation_id, d.scopes, d.expires_at as delegation_expires_at,
       principal.id as principal_id, principal.name as principal_name, principal.org_path as principal_org_path,
       coalesce((
         select json_agg(json_build_object('id', g.id, 'role', g.role, 'orgId', o.id, 'orgName', o.name,
                                           'orgPath', o.path, 'isDissolved', o.is_dissolved)
                         order by o.path, g.role)
         from role_grants g join orgs o on o.id = g.org_id
         where g.account_id = a.id and g.revoked_at is null
       ), '[]'::json) as grants
from sessions s
join accounts a on a.id = s.account_id
left join people own on own.id = a.person_id
left join delegations d on d.id = s.delegation_id and s.acting_for_person_id is not null
  and d.revoked_at is null and (d.expires_at is null or d.expires_at > now())
left join people principal on principal.id = s.acting_for_person_id and d.id is not null
where s.token_hash = $1`;

type Row = {
  id: string;
  kind: SessionKind;
  stage: SessionStage;
  revoked_at: Date | null;
  expires_at: Date;
  last_seen_at: Date;
  account_id: string;
  person_id: string | null;
  display_name: string;
  phone_last4: string;
  locale: 'zh-CN' | 'en';
  is_totp_enabled: boolean;
  must_change_password: boolean;
  is_disabled: boolean;
  is_demo: boolean;
  own_org_path: string | null;
  delegation_id: string | null;
  scopes: string[] | null;
  delegation_expires_at: Date | null;
  principal_id: string | null;
  principal_name: string | null;
  principal_org_path: string | null;
  grants: SessionGrant[];
};

export async function loadSessionRecord(pool: pg.Pool, tokenHash: string): Promise<SessionRecord | null> {
  const { rows } = await pool.query<Row>({ name: 'hy_load_session', text: LOAD_SESSION, values: [tokenHash] });
  const r = rows[0];
  if (!r) return null;
  return {
    sessionId: r.id,
    kind: r.kind,
    stage: r.stage,
    revokedAt: r.revoked_at,
    expiresAt: r.expires_at,
    lastSeenAt: r.last_seen_at,
    account: {
      id: r.account_id,
      personId: r.person_id,
      displayName: r.display_name,
      phoneLast4: r.phone_last4,
      locale: r.locale,
      isTotpEnabled: r.is_totp_enabled,
      mustChangePassword: r.must_change_password,
      isDisabled: r.is_disabled,
      isDemo: r.is_demo,
    },
    personOrgPath: r.own_org_path,
    grants: r.grants,
    actingFor:
      r.delegation_id && r.principal_id
        ? {
            personId: r.principal_id,
            delegationId: r.delegation_id,
            scopes: r.scopes ?? [],
            expiresAt: r.delegation_expires_at,
            personName: r.principal_name ?? '',
            personOrgPath: r.principal_org_path,
          }
        : null,
  };
}
