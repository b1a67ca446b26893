import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '../../ui/placeholder-page';

export function ComparePage() {
  const { t } = useTranslation();
  return (
    <PlaceholderPage title={t('pages.compare.title')}>
      <p>{t('pages.compare.lead')}</p>
    </PlaceholderPage>
  );
}
