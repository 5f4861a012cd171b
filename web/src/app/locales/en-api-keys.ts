import type { idApiKeys } from './id-api-keys.ts';

/** English messages of the Publication menu group and the superadmin's API keys page (features/api-keys). */
export const enApiKeys: typeof idApiKeys = {
  publication: {
    navGroup: 'Publication',
    portal: 'Open-data portal',
    newTab: '(opens in a new tab)',
  },
  apiKeys: {
    nav: 'API keys',
    title: 'API keys',
    subtitle:
      'Keys for the open-data API (/api/public): who holds them, what for, when they were last used, and revoking them.',
    intro:
      'Researchers, newsrooms and other portals that read the open-data API more often than the limit without a key ask for a key themselves by e-mail, with no Setara account: they confirm the link mailed to them, and the key is shown once. Setara keeps only its fingerprint, so a key cannot be shown again. The holder or a superadmin can revoke a key; a revoked key is refused within 10 seconds.',
    docs: 'How to ask for and use a key (API documentation)',
    filters: 'API key filters',
    status: 'Status',
    statuses: { active: 'Active', revoked: 'Revoked', all: 'All' },
    search: 'Search API keys',
    searchPlaceholder: 'E-mail, name or key prefix',
    columns: {
      prefix: 'Prefix',
      holder: 'Holder (name, e-mail)',
      purpose: 'Purpose',
      createdAt: 'Created',
      lastUsedAt: 'Last used',
      status: 'Status',
      actions: 'Actions',
    },
    neverUsed: 'Never',
    state: {
      active: 'Active',
      holder: 'Revoked by the holder',
      superadmin: 'Revoked by a superadmin',
    },
    revokedAt: 'Revoked {{at}}',
    revoke: 'Revoke',
    revokeLabel: 'Revoke key {{prefix}}',
    alreadyRevoked: 'Key {{prefix}} is already revoked',
    confirmRevoke: 'Revoke key {{prefix}} of {{name}}?',
    confirmRevokeDetail:
      'Requests with this key are refused within 10 seconds. A revocation cannot be undone; the holder can ask for a new key.',
    revoked: 'Key {{prefix}} revoked.',
    empty:
      'No API key has been registered yet. A key appears here once its requester confirms the link mailed to them.',
    emptyFiltered: 'No key matches these filters. Change the search or choose the status "All".',
  },
};
