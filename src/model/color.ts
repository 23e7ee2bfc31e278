// Colour helpers: keep type colours at a readable contrast against either theme's
// background. Data colours are validated hex (#rgb or #rrggbb), so plain hex arithmetic
// suffices; d3-color's full parser would add ~4 KB to the embed.
type Rgb = readonly [number, number, number];

function parseHex(color: string): Rgb {
  let hex = color.trim().replace(/^#/, '');
  if (hex.length === 3) hex = [...hex].map((digit) => digit + digit).join('');
  const value = Number.parseInt(hex.slice(0, 6), 16);
  if (!/^[0-9a-f]{6}/i.test(hex) || Number.isNaN(value)) return [128, 128, 128];
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const toHex = (rgb: Rgb) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colour, mixed towards white (on dark backgrounds) or black (on light ones) in small
 * steps until it reaches `ratio` against the background (3:1 is WCAG's minimum for
 * graphics such as lines and arrows).
 */
export function readableOn(color: string, background: string, ratio = 3): string {
  const base = parseHex(color);
  const target = luminance(parseHex(background)) < 0.2 ? 255 : 0;
  let mixed: Rgb = base;
  for (let step = 1; step <= 20 && contrast(toHex(mixed), background) < ratio; step++) {
    const t = step * 0.05;
    mixed = base.map((c) => c + (target - c) * t) as unknown as Rgb;
  }
  return toHex(mixed);
}
