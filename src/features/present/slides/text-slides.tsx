import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './slide.css';

export function TitleSlide({
  title,
  subtitle,
  date,
  asOf,
}: {
  title: string;
  subtitle: string;
  date: string;
  asOf: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="slide slide--title">
      <p className="slide__kicker">{subtitle}</p>
      <h1 className="slide__title">{title}</h1>
      <p className="slide__note">
        {date ? t('present.title.note', { date, asOf }) : t('present.title.noteUndated', { asOf })}
      </p>
    </div>
  );
}

export function ChartSlide({
  title,
  takeaway,
  children,
}: {
  title: string;
  takeaway: string;
  children: ReactNode;
}) {
  return (
    <div className="slide slide--chart">
      <h1 className="slide__heading">{title}</h1>
      <p className="slide__note">{takeaway}</p>
      <div className="slide__chart">
        <Suspense fallback={null}>{children}</Suspense>
      </div>
    </div>
  );
}

export function ClosingSlide({ link }: { link: string }) {
  const { t } = useTranslation();
  return (
    <div className="slide slide--closing">
      <h1 className="slide__title">{t('present.closing.title')}</h1>
      <p className="slide__body">{t('present.closing.body')}</p>
      <p className="slide__link">{link}</p>
      <p className="slide__note">{t('present.closing.thanks')}</p>
    </div>
  );
}
