import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../ui/page-title';

/** "Not found", for an unknown address (`page`) or an unknown ecosystem. */
export function NotFound({ what = 'page' }: { what?: 'page' | 'ecosystem' }) {
  const { t } = useTranslation();
  usePageTitle(t('errors.notFound.title'));
  return (
    <section className="page page--narrow" aria-labelledby="page-title">
      <h1 id="page-title">{t('errors.notFound.title')}</h1>
      <p>{what === 'ecosystem' ? t('errors.notFound.ecosystem') : t('errors.notFound.page')}</p>
      <p>
        <Link to="/" className="button">
          {t('errors.notFound.backToMap')}
        </Link>
      </p>
    </section>
  );
}
