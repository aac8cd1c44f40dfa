/**
 * Charts as PNG files. An SVG chart is styled by the page's stylesheet (theme colours are CSS
 * variables), and an SVG drawn as an image sees no stylesheet: so every element's computed
 * paint and text styles are written inline before it is serialized and drawn on a canvas.
 */

/** The styles an SVG drawing needs to look the same without the page's stylesheet. */
const INLINED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** Pixels per CSS pixel in the file: at least 2, so a projected or printed chart stays crisp. */
function exportScale(): number {
  return Math.max(2, Math.ceil(window.devicePixelRatio || 1));
}

function inlineStyles(source: Element, target: Element): void {
  const computed = window.getComputedStyle(source);
  const style = INLINED.map((property) => [property, computed.getPropertyValue(property)])
    .filter(([, value]) => value !== '')
    .map(([property, value]) => `${property}:${value}`)
    .join(';');
  if (style !== '') target.setAttribute('style', style);
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const viewBox = svg.viewBox?.baseVal;
  const width = box.width || Number(svg.getAttribute('width')) || viewBox?.width || 300;
  const height = box.height || Number(svg.getAttribute('height')) || viewBox?.height || 150;
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

/** The SVG as standalone markup, its computed colours and fonts written inline. */
export function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  const sources = svg.querySelectorAll('*');
  const targets = clone.querySelectorAll('*');
  sources.forEach((source, index) => {
    const target = targets[index];
    if (target !== undefined) inlineStyles(source, target);
  });
  const { width, height } = svgSize(svg);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(clone);
}

/** The first opaque background behind `element` (charts are drawn on the page's colour). */
export function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    const colour = window.getComputedStyle(node).backgroundColor;
    if (colour !== '' && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) {
      return colour;
    }
  }
  return '#ffffff';
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob === null) reject(new Error('the browser could not encode the image'));
      else resolve(blob);
    }, 'image/png');
  });
}

function blankCanvas(width: number, height: number, background: string) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('this browser cannot draw on a canvas');
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  return { canvas, context };
}

async function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  await image.decode();
  return image;
}

export async function svgToPng(svg: SVGSVGElement): Promise<Blob> {
  const markup = serializeSvg(svg);
  const { width, height } = svgSize(svg);
  const scale = exportScale();
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const { canvas, context } = blankCanvas(width * scale, height * scale, backgroundBehind(svg));
    context.drawImage(image, 0, 0, width * scale, height * scale);
    return await canvasBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A canvas drawing as PNG, on the page's background (a transparent canvas would lose it). */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  const { canvas: copy, context } = blankCanvas(
    canvas.width,
    canvas.height,
    backgroundBehind(canvas),
  );
  context.drawImage(canvas, 0, 0);
  return canvasBlob(copy);
}

/** The chart inside `root`: a recharts drawing first, then a canvas, then a labelled SVG. */
export function findChart(root: Element): SVGSVGElement | HTMLCanvasElement | null {
  if (root instanceof SVGSVGElement || root instanceof HTMLCanvasElement) return root;
  return (
    root.querySelector<SVGSVGElement>('.recharts-wrapper svg.recharts-surface') ??
    root.querySelector<SVGSVGElement>('.recharts-wrapper svg') ??
    root.querySelector<HTMLCanvasElement>('canvas') ??
    root.querySelector<SVGSVGElement>('svg[role="img"]')
  );
}

export function chartToPng(chart: SVGSVGElement | HTMLCanvasElement): Promise<Blob> {
  return chart instanceof HTMLCanvasElement ? canvasToPng(chart) : svgToPng(chart);
}
