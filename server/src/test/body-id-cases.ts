// Ids a request names in its body (a target org, a principal, an uploaded file…), for the
// every-route check that another subtree's id in a body answers like a missing one. Every body
// field whose name ends in `Id` must be listed here with the kind of record it names, or with the
// reason it is not scoped to a subtree; a new route or field without an entry fails the test.
import { makeIdNumber, makePhone } from './factories.ts';
import { type Subtree, type SubtreeIds, specialQuizBody, supervisionRuleBody } from './two-subtrees.ts';

type Kind = keyof SubtreeIds;

export type BodyIdCase = {
  /** A body the caller's own subtree makes valid; each listed field is then swapped for another id. */
  body: (own: Subtree) => Record<string, unknown>;
  /** The kind of record each id field names, or why it is not checked. */
  fields: Record<string, Kind | { notScoped: string }>;
  /**
   * Fields the command refuses as a bad field (400 VALIDATION_FAILED naming it) when the record is
   * not a fit, missing or not: then both answers, details included, must be the same.
   */
  refusedAsField?: string[];
};

export const BODY_ID_CASES: Record<string, BodyIdCase> = {
  'POST /api/auth/acting-for': {
    body: (own) => ({ delegationId: own.ids.delegations }),
    fields: { delegationId: 'delegations' },
  },
  'POST /api/accounts': {
    body: (own) => ({ personId: own.ids.people, phone: makePhone(), initialPassword: 'Hongyun#2026open' }),
    fields: { personId: 'people' },
  },
  'POST /api/grants': {
    body: (own) => ({ accountId: own.ids.accounts, role: 'member', orgId: own.branch.id }),
    fields: {
      orgId: 'orgs',
      // An account in another subtree is hidden like a missing one (grantRule, isAccountOpenTo).
      accountId: 'accounts',
    },
  },
  'POST /api/delegations': {
    body: (own) => ({
      delegateAccountId: own.ids.accounts,
      principalPersonId: own.ids.people,
      relation: '子女',
      scopes: ['learning'],
    }),
    fields: {
      principalPersonId: 'people',
      // The delegate is whoever the principal trusts, found by phone: an account anywhere.
      delegateAccountId: { notScoped: 'a delegate may be any account' },
    },
  },
  'POST /api/special-quizzes': {
    body: (own) => ({ ...specialQuizBody(), orgId: own.town.id }),
    fields: { orgId: 'orgs' },
  },
  'POST /api/supervision/rules': {
    body: (own) => supervisionRuleBody(own.town.id),
    fields: { orgId: 'orgs' },
  },
  'PUT /api/supervision/rules/{id}': {
    body: (own) => supervisionRuleBody(own.town.id),
    fields: { orgId: 'orgs' },
  },
  'POST /api/orgs': {
    body: (own) => ({ name: '新建的支部', type: 'branch', parentId: own.town.id }),
    fields: { parentId: 'orgs' },
  },
  'PATCH /api/orgs/{id}': {
    body: (own) => ({ secretaryPersonId: own.ids.people }),
    fields: { secretaryPersonId: 'people' },
    // update-org.ts: the secretary must be a person in the org's subtree, else person.not_in_org.
    refusedAsField: ['secretaryPersonId'],
  },
  'POST /api/orgs/{id}/move': {
    body: (own) => ({ newParentId: own.town.id }),
    fields: { newParentId: 'orgs' },
  },
  'POST /api/orgs/imports': {
    body: (own) => ({ fileId: own.ids.files, orgId: own.town.id, dryRun: true }),
    fields: { fileId: 'files', orgId: 'orgs' },
  },
  'POST /api/people': {
    body: (own) => ({ name: '新登记党员', idNumber: makeIdNumber(), orgId: own.branch.id }),
    fields: { orgId: 'orgs' },
  },
  'POST /api/people/{id}/transfer': {
    body: (own) => ({ toOrgId: own.town.id, effectiveDate: '2026-01-05', reason: '工作调动' }),
    fields: {
      // 组织关系转接 may send a member anywhere (another county too): only the sending org is
      // scoped (transfer-person.ts); a missing target answers NOT_FOUND like a hidden one.
      toOrgId: { notScoped: 'a transfer may go to any organisation' },
    },
  },
  'POST /api/people/imports': {
    body: (own) => ({ fileId: own.ids.files, orgId: own.town.id, dryRun: true }),
    fields: { fileId: 'files', orgId: 'orgs' },
  },
  'POST /api/people/exports': {
    body: (own) => ({ orgId: own.town.id }),
    fields: { orgId: 'orgs' },
  },
  'POST /api/content/items': {
    body: (own) => ({
      orgId: own.town.id,
      channel: 'news',
      title: '新的学习动态',
      bodyHtml: '<p>正文</p>',
      kind: 'video',
      videoId: own.ids.videos,
    }),
    // save-article.ts: a document or video outside the author's subtrees is NOT_FOUND like a missing one.
    fields: { orgId: 'orgs', videoId: 'videos', documentId: 'content-media' },
  },
  'PATCH /api/content/items/{id}': {
    body: () => ({ title: '改过的标题' }),
    fields: { videoId: 'videos', documentId: 'content-media' },
  },
  'POST /api/questions/imports': {
    body: (own) => ({ fileId: own.ids.files, orgId: own.town.id, dryRun: true }),
    fields: { fileId: 'files', orgId: 'orgs' },
  },
  'POST /api/questions': {
    body: (own) => ({
      orgId: own.town.id,
      type: 'judge',
      stem: `入党誓词中有“永不叛党”。${Math.random()}`,
      answer: ['true'],
      category: '党章',
    }),
    fields: { orgId: 'orgs' },
  },
};

export type QueryIdCase = {
  /** Other query values the route needs, from the caller's own subtree. */
  query: (own: Subtree) => Record<string, string>;
  fields: Record<string, Kind | { notScoped: string } | { knownLeak: string; kind: Kind }>;
};

// The same for ids in a query string (list filters and look-ups). A list may answer an empty page
// instead of 404, but then for both: no row of the other subtree, and nothing to tell them apart.
export const QUERY_ID_CASES: Record<string, QueryIdCase> = {
  'GET /api/delegations': {
    query: () => ({}),
    fields: {
      orgId: 'orgs',
      principalPersonId: 'people',
      // Listing one's own delegations as the delegate; anyone else's answers the same refusal.
      delegateAccountId: 'accounts',
    },
  },
  'GET /api/delegations/delegate': {
    query: () => ({ phone: makePhone() }),
    fields: { principalPersonId: 'people' },
  },
  'GET /api/people': { query: () => ({}), fields: { orgId: 'orgs' } },
  'GET /api/audit': {
    query: () => ({}),
    // Audit rows are read by audit admins only, who see the whole tree (等保 separation of duties).
    fields: {
      actorAccountId: { notScoped: 'the audit log is not split by subtree' },
      targetId: { notScoped: 'the audit log is not split by subtree' },
    },
  },
  'GET /api/supervision/rules': { query: () => ({}), fields: { orgId: 'orgs' } },
  'GET /api/supervision/alerts': {
    query: () => ({}),
    fields: { orgId: 'orgs', ruleId: 'supervision/rules', personId: 'people' },
  },
  'GET /api/events': {
    query: () => ({}),
    fields: {
      orgId: 'orgs',
      personId: 'people',
    },
  },
};
