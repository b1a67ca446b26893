// The map as SVG: the first paint of the explorer and the embed, the map without JavaScript,
// without WebGL and in print. Countries come from one cached shapes file (<use>), shaded by
// the same classes as the WebGL map; each location is a bubble that links to its filtered view.
import './svg-map.css';
import { Link } from '@tanstack/react-router';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcosystemSummary, Location } from '../../api/documents';
import { countByCountry, countByLocation } from '../../domain/grouping';
import { usePlaceNames } from '../../i18n/use-place-names';
import { layoutBubbles } from './bubble-layout';
import { classColor } from './choropleth';
import { COLORS } from './layers';
import { WORLD, type ViewBox } from './mercator';
import { shapesHref } from './svg-shapes';

export interface SvgMapProps {
  locations: readonly Location[];
  /** Undefined while the data loads: the countries draw meanwhile. */
  ecosystems: readonly EcosystemSummary[] | undefined;
  view: ViewBox;
  /** CSS pixels per world unit: bubbles, counts and borders keep their size in pixels. */
  scale: number;
  /** The map's name, as the WebGL canvas names itself. */
  title: string;
  /** Hidden once the WebGL map has drawn the same view. */
  hidden?: boolean;
  /** Controls drawn over the map (zoom buttons, a notice). */
  children?: ReactNode;
}

const BASE = import.meta.env.BASE_URL;
/** A proper name, the same in every language. */
const SHAPES_SOURCE = { name: 'Natural Earth', url: 'https://www.naturalearthdata.com/' };
const NONE: readonly EcosystemSummary[] = [];

export function SvgMap({ locations, view, scale, title, hidden, children, ...props }: SvgMapProps) {
  const { t } = useTranslation();
  const names = usePlaceNames();
  const worldId = useId();
  const ecosystems = props.ecosystems ?? NONE;
  const shaded = useMemo(
    () => [...countByCountry(ecosystems, locations)].sort(([a], [b]) => a.localeCompare(b)),
    [ecosystems, locations],
  );
  const bubbles = useMemo(
    () => layoutBubbles(locations, countByLocation(ecosystems), scale),
    [locations, ecosystems, scale],
  );
  // World copies east and west, as MapLibre draws them, only where the view reaches them.
  const copies = [-WORLD, WORLD].filter((dx) =>
    dx < 0 ? view.x < 0 : view.x + view.width > WORLD,
  );
  const px = (pixels: number) => round(pixels / scale);
  return (
    <div className="svg-map" role="region" aria-label={title} hidden={hidden}>
      <svg
        className="svg-map__svg"
        viewBox={[view.x, view.y, view.width, view.height].map(round).join(' ')}
        preserveAspectRatio="xMidYMid meet"
        focusable="false"
      >
        {/* Drawn with attributes rather than styles: the map reads the same without CSS. */}
        <rect
          x={-2 * WORLD}
          y={-2 * WORLD}
          width={5 * WORLD}
          height={5 * WORLD}
          fill={COLORS.water}
        />
        <g
          id={worldId}
          fill={COLORS.land}
          stroke={COLORS.border}
          strokeWidth={px(0.6)}
          strokeLinejoin="round"
        >
          <use href={shapesHref(BASE)} />
          {shaded.map(([iso, count]) => (
            <use key={iso} href={shapesHref(BASE, iso)} fill={classColor(count)} />
          ))}
        </g>
        {copies.map((dx) => (
          <use key={dx} href={`#${worldId}`} x={dx} />
        ))}
        {bubbles.map(({ place, count, x, y, r }) => (
          <Link
            key={place.id}
            to="."
            search={{ country: place.id }}
            className="svg-map__bubble"
            aria-label={t('map.svg.bubble', { place: names.name(place), count })}
          >
            <circle
              cx={round(x)}
              cy={round(y)}
              r={round(r)}
              fill={COLORS.ecosystem}
              stroke={COLORS.halo}
              strokeWidth={px(2)}
            />
            <text
              x={round(x)}
              y={round(y)}
              dy=".35em"
              fontSize={px(12)}
              fontWeight="700"
              fill="#fff"
              textAnchor="middle"
              aria-hidden="true"
            >
              {count}
            </text>
          </Link>
        ))}
      </svg>
      {/* The shapes' source, as the WebGL map's attribution names it. */}
      <p className="svg-map__attribution">
        <a href={SHAPES_SOURCE.url} rel="noopener noreferrer">
          {SHAPES_SOURCE.name}
        </a>
      </p>
      {children}
    </div>
  );
}

/** Four decimals: well under a pixel at the closest zoom the SVG is drawn at. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
