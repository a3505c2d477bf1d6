import { createContext } from 'react';
import { translate, type Language, type Translate } from './translate.js';

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

export const I18nContext = createContext<I18n>({
  language: 'en',
  setLanguage: () => {},
  t: (key, params) => translate('en', key, params),
});
