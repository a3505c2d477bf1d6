import { useEffect, useRef, useState } from 'react';
import type { CreatedShare } from '../api/sharesApi.js';
import { useT } from '../i18n/useT.js';
import { CopyIcon } from '../ui/icons.js';

/** How long "Copied" shows before the button reads "Copy" again. */
const COPIED_MS = 2500;

/**
 * A link just created, shown this once (the server keeps only a hash of its token): the address,
 * selected, and a Copy button. Where the clipboard API is missing (plain http on a LAN address)
 * or refused, the address stays selected for Ctrl+C.
 */
export function CreatedShareLink({ share, onAnother }: { share: CreatedShare; onAnother: () => void }) {
  const t = useT();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'no' | 'yes' | 'manual'>('no');

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  useEffect(() => {
    if (copied !== 'yes') return;
    const timer = window.setTimeout(() => setCopied('no'), COPIED_MS);
    return () => window.clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      // Only in secure contexts (https, localhost); elsewhere the fallback below.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(share.url);
      setCopied('yes');
    } catch {
      field.current?.focus();
      field.current?.select();
      setCopied('manual');
    }
  };

  return (
    <section className="share-created" data-testid="share-created" data-role={share.role}>
      <h3 className="share-created__title">{t('share.createdTitle')}</h3>
      <p className="share-created__note">{t('share.createdOnce')}</p>
      <div className="share-created__row">
        <input
          ref={field}
          className="input input--mono share-created__url"
          data-testid="share-url"
          aria-label={t('share.linkLabel')}
          readOnly
          spellCheck={false}
          value={share.url}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button--primary" data-testid="share-copy" data-copied={copied === 'yes'} onClick={() => void copy()}>
          <CopyIcon size={16} /> {copied === 'yes' ? t('share.copied') : t('share.copy')}
        </button>
      </div>
      <p className="field-hint share-created__manual" aria-live="polite">
        {copied === 'manual' ? t('share.copyManually') : ''}
      </p>
      <button type="button" className="link-button" data-testid="share-another" onClick={onAnother}>
        {t('share.createAnother')}
      </button>
    </section>
  );
}
