// Text size for elderly users: standard, large (1.25×) or extra large (1.5×). One class on <html>
// sets --hy-scale, which every antd-mobile font variable and our own sizes are multiplied by (see
// h5.css). Remembered on this device, and applied when this module is first evaluated, i.e. before
// the phone app paints anything.
import { useSyncExternalStore } from 'react';

export const FONT_SCALES = ['standard', 'large', 'xlarge'] as const;
export type FontScale = (typeof FONT_SCALES)[number];

const STORAGE_KEY = 'hy.h5.fontScale';
// The single large-font switch of earlier releases ('1' = on) becomes the first step up.
const OLD_STORAGE_KEY = 'hy.h5.largeFont';
const classOf = (scale: FontScale) => `hy-h5-font-${scale}`;

const listeners = new Set<() => void>();

function readStored(): FontScale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (FONT_SCALES.includes(stored as FontScale)) return stored as FontScale;
    return localStorage.getItem(OLD_STORAGE_KEY) === '1' ? 'large' : 'standard';
  } catch {
    return 'standard';
  }
}

let current = readStored();

function applyFontScale(scale: FontScale): void {
  const html = document.documentElement.classList;
  for (const s of FONT_SCALES) html.toggle(classOf(s), s === scale);
}

/**
 * Marks <html> as the phone app (h5.css hangs its page styles and antd-mobile variables off
 * `html.hy-h5`, so popups rendered into <body> get them too) and applies the stored text size.
 */
export function enterPhoneApp(): void {
  document.documentElement.classList.add('hy-h5');
  applyFontScale(current);
}

/** Leaving /m for the console: the console keeps its own look. */
export function leavePhoneApp(): void {
  document.documentElement.classList.remove('hy-h5', ...FONT_SCALES.map(classOf));
}

export function setFontScale(scale: FontScale): void {
  current = scale;
  try {
    localStorage.setItem(STORAGE_KEY, scale);
    localStorage.removeItem(OLD_STORAGE_KEY);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyFontScale(scale);
  for (const notify of listeners) notify();
}

function subscribe(notify: () => void) {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

export function useFontScale(): [FontScale, (scale: FontScale) => void] {
  const scale = useSyncExternalStore(subscribe, () => current);
  return [scale, setFontScale];
}

// Before the first paint of /m (this module loads with the phone app, ahead of its first render).
enterPhoneApp();
