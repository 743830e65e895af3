import { describe, expect, it } from 'vitest';
import { preferredQuality } from './watch-tracker.ts';

const nav = (connection?: object) => ({ connection }) as unknown as Navigator;

describe('the rendition a phone starts with', () => {
  it('is 流畅 on 2g/3g or with Save-Data, else 标清', () => {
    expect(preferredQuality(nav({ effectiveType: '3g' }))).toBe('small');
    expect(preferredQuality(nav({ effectiveType: 'slow-2g' }))).toBe('small');
    expect(preferredQuality(nav({ effectiveType: '4g', saveData: true }))).toBe('small');
    expect(preferredQuality(nav({ effectiveType: '4g' }))).toBe('standard');
    expect(preferredQuality(nav())).toBe('standard');
  });
});

/** Enough of a <video> element for the tracker: its clock, its state and its events. */
class FakeVideo extends EventTarget {
  currentTime = 0;
  paused = true;
  ended = false;
  at(t: number, event = 'timeupdate') {
    this.currentTime = t;
    this.dispatchEvent(new Event(event));
  }
}

describe('what the player reports', () => {
  it('only stretches really played: a seek closes the stretch, the skipped part is never sent', async () => {
    const { trackWatching } = await import('./watch-tracker.ts');
    const v = new FakeVideo();
    const sent: { from: number; to: number }[] = [];
    const stop = trackWatching(v as unknown as HTMLVideoElement, (s) => sent.push({ from: s.from, to: s.to }));
    v.paused = false;
    v.at(0, 'playing');
    for (let t = 0.25; t <= 10; t += 0.25) v.at(t);
    v.at(50); // the member dragged the bar forward
    for (let t = 50.25; t <= 55; t += 0.25) v.at(t);
    v.paused = true;
    v.dispatchEvent(new Event('pause'));
    stop();
    expect(sent).toEqual([
      { from: 0, to: 10 },
      { from: 50, to: 55 },
    ]);
  });
});
