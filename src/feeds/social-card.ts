import zlib from "node:zlib";

/** An RGB colour, 0–255 per channel. */
type Rgb = readonly [number, number, number];

const BRAND: Rgb = [0x0f, 0x4c, 0x5c];
const BRAND_DARK: Rgb = [0x0b, 0x3a, 0x46];
const GOLD: Rgb = [0xf3, 0xc9, 0x69];
const PAPER: Rgb = [0xfd, 0xfc, 0xf9];
const ACCENT: Rgb = [0x9a, 0x34, 0x12];

interface Canvas {
  width: number;
  height: number;
  pixels: Uint8Array;
}

function setPixel(canvas: Canvas, x: number, y: number, color: Rgb): void {
  if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) return;
  const i = (y * canvas.width + x) * 3;
  canvas.pixels[i] = color[0];
  canvas.pixels[i + 1] = color[1];
  canvas.pixels[i + 2] = color[2];
}

function fillRect(canvas: Canvas, x0: number, y0: number, w: number, h: number, color: Rgb): void {
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) setPixel(canvas, x, y, color);
}

function fillCircle(canvas: Canvas, cx: number, cy: number, r: number, color: Rgb): void {
  for (let y = Math.floor(cy - r); y <= cy + r; y++) {
    for (let x = Math.floor(cx - r); x <= cx + r; x++) {
      if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) setPixel(canvas, x, y, color);
    }
  }
}

/** Even-odd scanline fill of a closed polygon. */
function fillPolygon(canvas: Canvas, points: readonly (readonly [number, number])[], color: Rgb): void {
  const ys = points.map((p) => p[1]);
  const top = Math.max(0, Math.floor(Math.min(...ys)));
  const bottom = Math.min(canvas.height - 1, Math.ceil(Math.max(...ys)));
  for (let y = top; y <= bottom; y++) {
    const scan = y + 0.5;
    const crossings: number[] = [];
    for (let i = 0; i < points.length; i++) {
      const a = points[i] as readonly [number, number];
      const b = points[(i + 1) % points.length] as readonly [number, number];
      if (a[1] <= scan !== b[1] <= scan)
        crossings.push(a[0] + ((scan - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
    }
    crossings.sort((p, q) => p - q);
    for (let i = 0; i + 1 < crossings.length; i += 2) {
      for (let x = Math.round(crossings[i] as number); x < Math.round(crossings[i + 1] as number); x++)
        setPixel(canvas, x, y, color);
    }
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * Encodes 8-bit RGB pixels as a PNG (no filtering; deflate does the work on flat artwork).
 *
 * @example
 * encodePng(2, 1, new Uint8Array([255, 0, 0, 0, 0, 255])); // a 2×1 PNG, red then blue
 */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    raw.set(rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/**
 * Draws the site-wide social card (1200×630 by default): the masthead's steppe-and-sun mark on
 * the brand colour, as a PNG, because link previews (Facebook, X, Telegram, Slack) do not accept
 * SVG. Drawn in code so that no image tool is needed to build or change it.
 *
 * @example
 * const png = renderSocialCard(); // Buffer starting with the PNG signature
 */
export function renderSocialCard(
  size: { width: number; height: number } = { width: 1200, height: 630 },
): Buffer {
  const { width, height } = size;
  const canvas: Canvas = { width, height, pixels: new Uint8Array(width * height * 3) };
  const sx = width / 1200;
  const sy = height / 630;
  fillRect(canvas, 0, 0, width, height, BRAND);
  fillCircle(canvas, 820 * sx, 200 * sy, 78 * Math.min(sx, sy), GOLD);
  // The logo's ridge line, stretched across the card: far hills, then the near steppe.
  fillPolygon(
    canvas,
    [
      [0, 470],
      [220, 300],
      [380, 410],
      [560, 250],
      [760, 420],
      [930, 330],
      [1200, 470],
      [1200, 630],
      [0, 630],
    ].map(([x = 0, y = 0]) => [x * sx, y * sy] as const),
    BRAND_DARK,
  );
  fillPolygon(
    canvas,
    [
      [0, 520],
      [300, 470],
      [640, 505],
      [980, 460],
      [1200, 500],
      [1200, 630],
      [0, 630],
    ].map(([x = 0, y = 0]) => [x * sx, y * sy] as const),
    GOLD,
  );
  fillRect(canvas, 0, Math.round(590 * sy), width, height - Math.round(590 * sy), PAPER);
  fillRect(canvas, 0, Math.round(584 * sy), width, Math.max(1, Math.round(6 * sy)), ACCENT);
  return encodePng(width, height, canvas.pixels);
}
