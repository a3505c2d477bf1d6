import { useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { DEFAULT_INSIGHT_SETTINGS, setInsightSettings, type MapDocument } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { formatNumber } from '../measurements/formatNumber.js';
import { FieldGroup } from '../ui/FieldGroup.js';
import { FormField } from '../ui/FormField.js';
import { parseSetting, type SettingName } from './settingValue.js';

/**
 * The map's CSI target and decline threshold, written into the live map document: everyone's
 * report and overlay change at once, and the server's insights use them too. Read-only, the
 * values are shown and cannot be changed.
 */
export function InsightSettingsForm({ doc, map, readOnly = false }: { doc: Y.Doc; map: MapDocument; readOnly?: boolean }) {
  const t = useT();
  const custom = map.settings?.csiTarget !== undefined || map.settings?.declineThreshold !== undefined;
  return (
    <section className="report-card settings-form no-print" data-testid="insight-settings">
      <div className="report-card__head">
        <h2>{t('report.settings')}</h2>
        {!readOnly && <p className="muted small">{t('report.settingsLive')}</p>}
      </div>
      <FieldGroup readOnly={readOnly}>
        <div className="settings-form__fields">
          <SettingField doc={doc} name="csiTarget" value={map.settings?.csiTarget} />
          <SettingField doc={doc} name="declineThreshold" value={map.settings?.declineThreshold} />
        </div>
      </FieldGroup>
      {!readOnly && (
        <button
          type="button"
          className="button button--small"
          data-testid="settings-reset"
          disabled={!custom}
          onClick={() => setInsightSettings(doc, { csiTarget: null, declineThreshold: null })}
        >
          {t('report.settingsReset')}
        </button>
      )}
    </section>
  );
}

function SettingField({ doc, name, value }: { doc: Y.Doc; name: SettingName; value: number | undefined }) {
  const t = useT();
  const { language } = useLanguage();
  const effective = value ?? DEFAULT_INSIGHT_SETTINGS[name];
  const shown = formatNumber(effective, language, { decimals: 2 }).replace('−', '-');
  // The text being typed; null while the field shows the document's value.
  const [draft, setDraft] = useState<string | null>(null);
  const parsed = draft === null ? null : parseSetting(name, draft);
  const errors = parsed && !parsed.ok ? [name === 'csiTarget' ? t('report.settingsInvalidTarget') : t('report.settingsInvalidThreshold')] : [];

  const commit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!parsed) return;
    if (!parsed.ok) return;
    if (parsed.value !== effective) setInsightSettings(doc, { [name]: parsed.value });
    setDraft(null);
  };

  return (
    <form onSubmit={commit} className="settings-form__field">
      <FormField
        name={name}
        label={name === 'csiTarget' ? t('report.settingsTarget') : t('report.settingsThreshold')}
        errors={errors}
        hint={
          name === 'csiTarget'
            ? t('report.settingsTargetHint', { value: DEFAULT_INSIGHT_SETTINGS.csiTarget })
            : t('report.settingsThresholdHint', { value: DEFAULT_INSIGHT_SETTINGS.declineThreshold })
        }
      >
        {(control) => (
          <input
            {...control}
            className="input settings-form__input"
            inputMode="decimal"
            data-testid={`setting-${name}`}
            value={draft ?? shown}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => commit()}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setDraft(null);
            }}
          />
        )}
      </FormField>
    </form>
  );
}
