// A QR code of the slide's own address, drawn as one SVG path (crisp on a projector and in
// print), with the address written beside it for those who would rather type it.
import { create } from 'qrcode';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlideAddress } from './slide-address';
import './slide-qr.css';

/** Light modules around the code, as the QR standard asks, so any reader finds its edges. */
const QUIET = 4;

/** The dark modules of a QR code of `text` as one SVG path, and the code's width in modules. */
export function qrPath(text: string): { path: string; size: number } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y += 1) {
    for (let x = 0; x < modules.size; x += 1) {
      if (modules.data[y * modules.size + x]) parts.push(`M${x + QUIET} ${y + QUIET}h1v1h-1z`);
    }
  }
  return { path: parts.join(''), size: modules.size + QUIET * 2 };
}

export function SlideQr({ address }: { address: SlideAddress }) {
  const { t } = useTranslation();
  const { path, size } = useMemo(() => qrPath(address.url), [address.url]);
  return (
    <figure className="slide-qr">
      <svg
        className="slide-qr__code"
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-label={t('present.qr.label', { address: address.short })}
        shapeRendering="crispEdges"
      >
        <rect width={size} height={size} fill="#ffffff" />
        <path d={path} fill="#000000" />
      </svg>
      <figcaption className="slide-qr__address">{address.short}</figcaption>
    </figure>
  );
}
