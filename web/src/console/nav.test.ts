import { describe, expect, it } from 'vitest';
import { activeNavPath, navLabel } from './nav.tsx';

describe('console navigation', () => {
  const entries = ['/', '/orgs', '/people', '/people/import', '/profile'].map((path) => ({ path }));

  it('marks the deepest entry that holds the address', () => {
    expect(activeNavPath('/', entries)).toBe('/');
    expect(activeNavPath('/people', entries)).toBe('/people');
    expect(activeNavPath('/people/3f2a', entries)).toBe('/people');
    expect(activeNavPath('/people/import', entries)).toBe('/people/import');
    expect(activeNavPath('/orgs/12', entries)).toBe('/orgs');
    // Outside the menu, nothing is marked (not 工作台).
    expect(activeNavPath('/peoplex', entries)).toBe('');
    expect(activeNavPath('/delegations', entries)).toBe('');
  });

  it('labels an entry in the interface language', () => {
    const entry = {
      key: 'audit',
      path: '/audit',
      icon: 'audit',
      module: 'audit',
      label: { zh: '审计日志', en: 'Audit log' },
    };
    expect(navLabel(entry, 'zh-CN')).toBe('审计日志');
    expect(navLabel(entry, 'en')).toBe('Audit log');
  });
});
