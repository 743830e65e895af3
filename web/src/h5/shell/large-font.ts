// Large-font mode for elderly users: one class on <html> that raises antd-mobile's font-size
// variables and our own --hy-scale (see h5.css). Remembered on this device, and applied when this
// module is first evaluated, i.e. before the phone app paints anything.
import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'hy.h5.largeFont';
const CLASS_NAME = 'hy-h5-large';

const listeners = new Set<() => void>();

function readStored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

let largeFont = readStored();

function applyLargeFont(on: boolean): void {
  document.documentElement.classList.toggle(CLASS_NAME, on);
}

/**
 * Marks <html> as the phone app (h5.css hangs its page styles and antd-mobile variables off
 * `html.hy-h5`, so popups rendered into <body> get them too) and applies the stored font mode.
 */
export function enterPhoneApp(): void {
  document.documentElement.classList.add('hy-h5');
  applyLargeFont(largeFont);
}

/** Leaving /m for the console: the console keeps its own look. */
export function leavePhoneApp(): void {
  document.documentElement.classList.remove('hy-h5', CLASS_NAME);
}

export function setLargeFont(on: boolean): void {
  largeFont = on;
  try {
    localStorage.setItem(STORAGE_KEY, on ? '1' : '0');
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyLargeFont(on);
  for (const notify of listeners) notify();
}

function subscribe(notify: () => void) {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

export function useLargeFont(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, () => largeFont);
  return [on, setLargeFont];
}

// Before the first paint of /m (this module loads with the phone app, ahead of its first render).
enterPhoneApp();
