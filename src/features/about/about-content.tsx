import { Link } from '@tanstack/react-router';
import { apiUrl } from '../../api/client';
import { Trans, useTranslation } from 'react-i18next';
import { PRINCIPLES } from '../../api/vocabulary';
import './about-content.css';

const BENEFITS = ['opportunities', 'community', 'trust', 'partners', 'connections'] as const;

const CONSIDERATIONS = [
  'careBoundaries',
  'governmentBoundaries',
  'research',
  'industry',
  'strategy',
  'providers',
  'platform',
] as const;

/** What an ecosystem is: the nine principles, the benefits, what ecosystems consider. */
export function AboutContent() {
  const { t } = useTranslation();
  return (
    <>
      <p className="lead">{t('about.lead')}</p>
      <h2>{t('about.principles.title')}</h2>
      <p>{t('about.principles.intro')}</p>
      <ol className="principles">
        {PRINCIPLES.map((id) => (
          <li key={id}>{t(`labels.principle.${id}`)}</li>
        ))}
      </ol>
      <h2>{t('about.benefits.title')}</h2>
      <dl className="benefits">
        {BENEFITS.map((id) => (
          <div key={id}>
            <dt>{t(`about.benefits.${id}.title`)}</dt>
            <dd>{t(`about.benefits.${id}.text`)}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('about.considerations.title')}</h2>
      <ul>
        {CONSIDERATIONS.map((id) => (
          <li key={id}>{t(`about.considerations.${id}`)}</li>
        ))}
      </ul>
      <p>
        <Trans i18nKey="about.closing" components={{ explore: <Link to="/" /> }} />
      </p>
      <p>
        <Link to="/changes">{t('changes.title')}</Link> ·{' '}
        <a href={apiUrl('openapi.json')} type="application/json">
          {t('about.openapi')}
        </a>
      </p>
    </>
  );
}
