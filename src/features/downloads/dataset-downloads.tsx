// "Download the whole dataset": the static files build:api writes beside the JSON API.
import { useTranslation } from 'react-i18next';
import './dataset-downloads.css';

const FILES = [
  { key: 'ecosystemsCsv', file: 'ecosystems.csv', download: true },
  { key: 'ecosystemsGeoJson', file: 'ecosystems.geojson', download: true },
  { key: 'eventsCsv', file: 'events.csv', download: true },
  { key: 'readme', file: 'README.md', download: false },
  { key: 'licence', file: 'LICENSE', download: false },
  { key: 'citation', file: 'CITATION.cff', download: false },
] as const;

const href = (file: string) => `${import.meta.env.BASE_URL}api/v1/downloads/${file}`;

export function DatasetDownloads() {
  const { t } = useTranslation();
  return (
    <section className="dataset-downloads" aria-labelledby="dataset-title">
      <h2 id="dataset-title">{t('downloads.dataset.title')}</h2>
      <p>{t('downloads.dataset.lead')}</p>
      <ul>
        {FILES.map(({ key, file, download }) => (
          <li key={key}>
            <a href={href(file)} download={download ? file : undefined}>
              {t(`downloads.dataset.${key}`)}
            </a>{' '}
            <code>{file}</code>
          </li>
        ))}
      </ul>
      <p>{t('downloads.dataset.licenceStatus')}</p>
    </section>
  );
}
