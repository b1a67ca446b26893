import type { ReactNode } from 'react';

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
  return (
    <div className="slide slide--title">
      <p className="slide__kicker">{subtitle}</p>
      <h1 className="slide__title">{title}</h1>
      <p className="slide__note">
        {date} · data as of {asOf}
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
      <div className="slide__chart">{children}</div>
    </div>
  );
}

export function ClosingSlide({ link }: { link: string }) {
  return (
    <div className="slide slide--closing">
      <h1 className="slide__title">Connect with an ecosystem</h1>
      <p className="slide__body">Explore every ecosystem on the map:</p>
      <p className="slide__link">{link}</p>
      <p className="slide__note">Thank you</p>
    </div>
  );
}
