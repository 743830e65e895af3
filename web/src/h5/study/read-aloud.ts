// 朗读: the browser's own speech (speechSynthesis) with a Chinese voice. Without a zh-CN voice the
// button is hidden: an English voice spelling out Chinese text helps nobody.
import { useEffect, useState } from 'react';

function chineseVoice(): SpeechSynthesisVoice | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  return window.speechSynthesis.getVoices().find((v) => v.lang.replace('_', '-').toLowerCase() === 'zh-cn') ?? null;
}

export function useReadAloud(text: string) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(chineseVoice);
  const [isSpeaking, setSpeaking] = useState(false);
  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    // Voices often arrive after the first call returns an empty list.
    const update = () => setVoice(chineseVoice());
    window.speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      window.speechSynthesis.removeEventListener('voiceschanged', update);
      window.speechSynthesis.cancel();
    };
  }, []);
  const start = () => {
    if (!voice) return;
    window.speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = 'zh-CN';
    u.rate = 0.9; // a little slower, for elderly listeners
    u.onend = () => setSpeaking(false);
    u.onerror = () => setSpeaking(false);
    setSpeaking(true);
    window.speechSynthesis.speak(u);
  };
  const stop = () => {
    window.speechSynthesis.cancel();
    setSpeaking(false);
  };
  return { isAvailable: voice !== null, isSpeaking, start, stop };
}
