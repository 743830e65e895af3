import { describe, expect, it } from 'vitest';
import { safeNext } from './sign-in.ts';

describe('safeNext', () => {
  it('keeps a local path with its query', () => {
    expect(safeNext('/people/12?tab=history', '/')).toBe('/people/12?tab=history');
    expect(safeNext('/m/profile', '/m')).toBe('/m/profile');
    // An encoded newline is just text in a path: it stays local.
    expect(safeNext('/people?q=%0a', '/')).toBe('/people?q=%0a');
  });

  it('drops anything that could leave the site', () => {
    const bad = [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'people',
      '',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\u0000x',
    ];
    for (const value of bad) expect(safeNext(value, '/'), JSON.stringify(value)).toBe('/');
    expect(safeNext(null, '/m')).toBe('/m');
  });
});
