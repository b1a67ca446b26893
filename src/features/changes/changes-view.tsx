import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/client';
import { feedUrl, useChanges } from '../../api/changes';
import { useFormat } from '../../i18n/format';
import { ChangeList } from './change-list';
import { FeedLinks } from './feed-links';

/** Every change to the data, newest first, and the feeds to follow them. */
export function ChangesView() {
  const { t } = useTranslation();
  const format = useFormat();
  const document = useChanges();
  return (
    <>
      <FeedLinks
        feeds={[
          { href: feedUrl.atlas(), label: t('changes.feedAtlas') },
          { href: feedUrl.gatherings(), label: t('changes.feedGatherings') },
        ]}
      />
      {document.history === 'unavailable' ? (
        <p className="notice notice--info">{t('changes.unavailable')}</p>
      ) : (
        <>
          <p className="muted">
            {t('changes.shown', {
              shown: format.count(document.changes.length),
              count: document.total,
            })}{' '}
            <a href={apiUrl('changes.json')} type="application/json">
              {t('changes.all')}
            </a>
          </p>
          <ChangeList changes={document.changes} />
        </>
      )}
    </>
  );
}
