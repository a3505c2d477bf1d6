import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { LANGUAGES, type Language } from '../i18n/translate.js';

/** Picks the UI language; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        data-testid="language-switch"
        value={language}
        onChange={(event) => setLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
