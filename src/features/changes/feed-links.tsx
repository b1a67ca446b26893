import { useTranslation } from 'react-i18next';

/** Links to Atom feeds, each with its type so feed readers and browsers know them. */
export function FeedLinks({ feeds }: { feeds: readonly { href: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <p className="feed-links">
      <span className="muted">{t('changes.feeds')}</span>{' '}
      {feeds.map((feed, index) => (
        <span key={feed.href}>
          {index > 0 && ' · '}
          <a href={feed.href} type="application/atom+xml">
            {feed.label}
          </a>
        </span>
      ))}
    </p>
  );
}
