import { describe, expect, it } from 'vitest';
import { safeNext } from './sign-in.ts';

describe('safeNext', () => {
  it('keeps a local path with its query', () => {
    expect(safeNext('/people/12?tab=history', '/')).toBe('/people/12?tab=history');
    expect(safeNext('/m/profile', '/m')).toBe('/m/profile');
  });

  it('drops anything that could leave the site', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'people',
      '',
    ]) {
      expect(safeNext(bad, '/')).toBe('/');
    }
    expect(safeNext(null, '/m')).toBe('/m');
  });
});
