// i18next set up once. Chinese first; English from the switch. Each screen module brings its own
// strings with `addStrings(namespace, { zh, en })`, so a lazily loaded page carries its words with it.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonStrings } from './common.ts';

export type Lang = 'zh-CN' | 'en';
export const LANG_STORAGE_KEY = 'hy.lang';

type Strings = { [key: string]: string | Strings };

export function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: storedLang(),
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  ns: ['common'],
  defaultNS: 'common',
  resources: { 'zh-CN': { common: commonStrings.zh }, en: { common: commonStrings.en } },
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
});

/** Registers a screen module's strings (idempotent, so hot reload and repeated imports are fine). */
export function addStrings(namespace: string, strings: { zh: Strings; en: Strings }): void {
  i18n.addResourceBundle('zh-CN', namespace, strings.zh, true, true);
  i18n.addResourceBundle('en', namespace, strings.en, true, true);
}

/** Switches the interface language and remembers it on this device. */
export async function setLang(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

export const currentLang = (): Lang => (i18n.language === 'en' ? 'en' : 'zh-CN');

/** Picks the zh or en text of a shared label table entry ({ zh, en }) for the current language. */
export const pick = (label: { zh: string; en: string } | undefined, lang: Lang = currentLang()): string =>
  label ? (lang === 'en' ? label.en : label.zh) : '';
