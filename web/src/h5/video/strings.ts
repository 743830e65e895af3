// Words of the phone video page and player.
import { addStrings } from '../../i18n/index.ts';

addStrings('h5video', {
  zh: {
    play: '播放',
    resume: '从上次位置继续（{{at}}）',
    restart: '从头播放',
    quality: '清晰度',
    small: '流畅',
    standard: '标清',
    slowHint: '网络较慢，已为您选择“流畅”',
    processing: '视频正在转码，请稍后再来（{{percent}}%）',
    failed: '这个视频暂时无法播放',
    watched: '已观看 {{watched}}，共 {{total}}',
    completed: '已看完',
  },
  en: {
    play: 'Play',
    resume: 'Continue where you stopped ({{at}})',
    restart: 'Start from the beginning',
    quality: 'Quality',
    small: 'Smooth',
    standard: 'Standard',
    slowHint: 'Slow network: Smooth quality chosen for you',
    processing: 'The video is being prepared; come back later ({{percent}}%)',
    failed: 'This video cannot be played at the moment',
    watched: 'Watched {{watched}} of {{total}}',
    completed: 'Watched to the end',
  },
});
