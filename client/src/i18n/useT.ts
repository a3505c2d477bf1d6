import { useContext } from 'react';
import { I18nContext } from './I18nContext.js';
import type { Translate } from './translate.js';

/** The translate function of the current UI language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}
