// An SVG drawn into a PNG at a higher pixel density, through an image and a canvas. The image
// is a blob: address, which the Content-Security-Policy allows (img-src 'self' data: blob:).

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The image could not be drawn'));
    image.src = url;
  });
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made'))),
      'image/png',
    );
  });
}

/** At least twice the size, or the screen's density when higher: sharp on print and retina. */
export const imageScale = (): number => Math.max(2, Math.ceil(window.devicePixelRatio || 1));

export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = imageScale(),
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The image could not be made');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}
