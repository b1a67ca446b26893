// The map's first framing of the data.
import { useEffect } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { EcosystemSummary } from '../../api/documents';
import { fitPoints } from './camera';

/**
 * Frames the data the first time it comes, with a jump. A child of the map, so it runs as soon
 * as the map exists, before its style has loaded: the first frame is then drawn framed.
 */
export function FrameOnce({
  ecosystems,
  framedRef,
}: {
  ecosystems: readonly EcosystemSummary[] | undefined;
  /** The set the camera was last fitted to; undefined until the first framing. */
  framedRef: React.RefObject<readonly EcosystemSummary[] | undefined>;
}) {
  const { current: map } = useMap();
  useEffect(() => {
    if (!map || !ecosystems || framedRef.current) return;
    framedRef.current = ecosystems;
    fitPoints(
      map,
      ecosystems.map((e) => e.coordinates),
      { reducedMotion: true },
    );
  }, [map, ecosystems, framedRef]);
  return null;
}
