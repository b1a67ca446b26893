// "Growth over time": the map as the network stood each year, from the sourced join dates of
// the records, beside the counts the network itself published up to that year, each with its
// source. The two are never summed or mixed; records no source dates are left out and counted.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcosystemSummary } from '../../../api/documents';
import type { NetworkFigure } from '../../../api/network-schema';
import { joinYear } from '../../../domain/filters';
import { useFigureWords } from '../../../i18n/figure-words';
import { useFormat } from '../../../i18n/format';
import { usePrefersReducedMotion } from '../../../ui/use-reduced-motion';
import { useYearPlayer } from '../use-year-player';
import './slide.css';
import './growth-slide.css';

/** Every year from the first sourced join (or published count) to the last. */
export function growthYears(
  ecosystems: readonly Pick<EcosystemSummary, 'joinedNetwork'>[],
  published: readonly { asOf: string }[],
): number[] {
  const known = [
    ...ecosystems.flatMap((ecosystem) => joinYear(ecosystem) ?? []),
    ...published.map((figure) => Number(figure.asOf.slice(0, 4))),
  ];
  if (known.length === 0) return [];
  const years: number[] = [];
  for (let year = Math.min(...known); year <= Math.max(...known); year += 1) years.push(year);
  return years;
}

export function GrowthSlide({
  title,
  ecosystems,
  published,
  renderMap,
}: {
  title: string;
  ecosystems: readonly EcosystemSummary[];
  /** The network's own ecosystem counts with a date, oldest first. */
  published: readonly (NetworkFigure & { asOf: string })[];
  renderMap: (ecosystems: readonly EcosystemSummary[]) => ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useFigureWords();
  const reducedMotion = usePrefersReducedMotion();
  const years = useMemo(() => growthYears(ecosystems, published), [ecosystems, published]);
  const { year } = useYearPlayer(years, reducedMotion);
  const joined = useMemo(
    () =>
      year === undefined
        ? []
        : ecosystems.filter((ecosystem) => (joinYear(ecosystem) ?? Infinity) <= year),
    [ecosystems, year],
  );
  const undated = ecosystems.filter((ecosystem) => joinYear(ecosystem) === undefined).length;
  const map = useMemo(() => renderMap(joined), [renderMap, joined]);
  const counts = published.filter((figure) => Number(figure.asOf.slice(0, 4)) <= (year ?? 0));
  return (
    <div className="slide slide--growth">
      <h1 className="slide__heading">{title}</h1>
      <div className="growth-slide">
        <div className="growth-slide__map">{map}</div>
        <div className="growth-slide__side">
          <p className="growth-slide__year" aria-live="polite">
            <span className="visually-hidden">{t('present.growth.yearLabel')} </span>
            {year}
          </p>
          <p className="growth-slide__records">
            {t('present.growth.records', { count: joined.length, year })}
          </p>
          <p className="slide__note growth-slide__undated">
            {t('present.growth.undated', { count: undated, total: ecosystems.length })}
          </p>
          <h2 className="growth-slide__published-title">{t('present.growth.published')}</h2>
          {counts.length === 0 ? (
            <p className="slide__note">{t('present.growth.noneYet', { year })}</p>
          ) : (
            <ul className="growth-slide__published">
              {counts.map((figure) => (
                <li key={figure.id}>
                  <strong>{words.published(figure)}</strong>{' '}
                  {t('present.growth.publishedAt', { date: format.partialDate(figure.asOf) })}
                  <span className="slide__source">{figure.source.title}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="growth-slide__keys">{t('present.growth.keys')}</p>
        </div>
      </div>
    </div>
  );
}
