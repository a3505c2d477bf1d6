import { useContext } from 'react';
import { I18nContext } from './I18nContext.js';
import type { Language } from './translate.js';

/** The current UI language and a way to change it. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { language, setLanguage } = useContext(I18nContext);
  return { language, setLanguage };
}
