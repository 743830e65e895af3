import { describe, expect, it } from 'vitest';
import { changesOf, choicesFor, savedChoice } from './module-choices.ts';

describe('module switch choices', () => {
  const unset = { module: 'learning', setting: null, effective: true } as const;

  it('a root organisation has nothing to inherit from: only on and off, its default shown as chosen', () => {
    expect(choicesFor(true)).toEqual(['on', 'off']);
    expect(savedChoice(unset, true)).toBe('on');
    expect(savedChoice({ ...unset, effective: false }, true)).toBe('off');
    // Choosing what it already effectively has is no change.
    expect(changesOf([unset], { learning: 'on' }, true)).toEqual({});
    expect(changesOf([unset], { learning: 'off' }, true)).toEqual({ learning: false });
  });

  it('below the root, inherit is offered and is the unset state', () => {
    expect(choicesFor(false)).toEqual(['inherit', 'on', 'off']);
    expect(savedChoice(unset, false)).toBe('inherit');
    expect(changesOf([unset], { learning: 'on' }, false)).toEqual({ learning: true });
    expect(changesOf([{ ...unset, setting: false }], { learning: 'inherit' }, false)).toEqual({ learning: null });
  });
});
