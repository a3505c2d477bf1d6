import { useT } from '../i18n/useT.js';
import { LockIcon } from './facilitationIcons.js';

/** Over the map while someone presents: why nothing can be changed right now. */
export function LockBanner({ name, presenting }: { name: string | null; presenting: boolean }) {
  const t = useT();
  return (
    <div className={`lock-banner${presenting ? ' is-presenting' : ''}`} role="status" data-testid="lock-banner" data-presenting={presenting}>
      <LockIcon size={16} />
      {presenting ? t('lock.bannerPresenting') : t('lock.banner', { name: name ?? t('lock.someone') })}
    </div>
  );
}
