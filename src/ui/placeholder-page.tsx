import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from './page-title';

/** A page whose real content comes in a later release: says what it will show. */
export function PlaceholderPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <section className="page page--narrow" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <p className="badge">{t('common.comingSoon')}</p>
      {children}
    </section>
  );
}
