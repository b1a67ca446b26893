// Subscribing to a calendar feed: a webcal: link that opens the visitor's calendar app, and the
// feed's https address to paste into one (Google Calendar's "From URL", Outlook's "Subscribe
// from web"). The address needs the page's origin, which only the browser knows: the
// prerendered page (and hydration) links the plain path, and the browser then upgrades it.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/client';
import { useIsClient } from '../../ui/use-client';
import './calendar-subscribe.css';

function useFeedAddress(path: string): { https: string; webcal: string } {
  const client = useIsClient();
  const local = apiUrl(path);
  if (!client) return { https: local, webcal: local };
  return {
    https: `${window.location.origin}${local}`,
    webcal: `webcal://${window.location.host}${local}`,
  };
}

export function CalendarSubscribe({
  path,
  title,
}: {
  /** The feed's path under /api/v1/ ("calendars/network.ics"). */
  path: string;
  /** What the feed holds ("All gatherings of the network"). */
  title: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const address = useFeedAddress(path);
  const copy = async () => {
    // Typed as always there, but undefined outside secure contexts.
    const { clipboard } = navigator as Partial<Navigator>;
    try {
      if (!clipboard) throw new Error('No clipboard');
      await clipboard.writeText(address.https);
      setStatus('copied');
    } catch {
      setStatus('failed');
      field.current?.select();
    }
  };
  return (
    <div className="subscribe" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="subscribe__title">
        {title}
      </p>
      <a className="subscribe__link" href={address.webcal}>
        {t('calendar.subscribe.link')}
      </a>
      <div className="subscribe__address">
        <label htmlFor={`${id}-address`}>{t('calendar.subscribe.address')}</label>
        <input
          ref={field}
          id={`${id}-address`}
          type="text"
          readOnly
          value={address.https}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--quiet" onClick={() => void copy()}>
          {t('calendar.subscribe.copy')}
        </button>
      </div>
      <p role="status" className="subscribe__status">
        {status === 'copied'
          ? t('calendar.subscribe.copied')
          : status === 'failed'
            ? t('calendar.subscribe.copyFailed')
            : ''}
      </p>
    </div>
  );
}
