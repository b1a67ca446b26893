// What an ecosystem is: the network's nine principles and what ecosystems bring.
import { useTranslation } from 'react-i18next';
import { AboutContent } from '../../features/about/about-content';
import { DatasetDownloads } from '../../features/downloads/dataset-downloads';
import { usePageTitle } from '../../ui/page-title';

export function AboutPage() {
  const { t } = useTranslation();
  usePageTitle(t('pages.about.title'));
  return (
    <article className="page page--narrow" aria-labelledby="page-title">
      <h1 id="page-title">{t('pages.about.heading')}</h1>
      <AboutContent />
      <DatasetDownloads />
    </article>
  );
}
