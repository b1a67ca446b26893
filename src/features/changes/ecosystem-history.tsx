import { useTranslation } from 'react-i18next';
import { feedUrl, useEcosystemChanges } from '../../api/changes';
import { Section } from '../../ui/section';
import { ChangeList } from './change-list';
import { FeedLinks } from './feed-links';

/** One ecosystem's own changes, newest first, with its feed. */
export function EcosystemHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const document = useEcosystemChanges(id);
  return (
    <Section title={t('changes.history')} className="ecosystem-history">
      {document.history === 'unavailable' ? (
        <p>{t('changes.unavailable')}</p>
      ) : document.changes.length === 0 ? (
        <p>{t('changes.noneForRecord')}</p>
      ) : (
        <ChangeList changes={document.changes} withRecord={false} />
      )}
      <FeedLinks feeds={[{ href: feedUrl.ecosystem(id), label: t('changes.feedEcosystem') }]} />
    </Section>
  );
}
