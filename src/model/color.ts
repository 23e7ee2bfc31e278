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

/** CIE L*a*b* (D65) of a hex colour, for measuring how far apart two colours look. */
export function toLab(color: string): readonly [number, number, number] {
  const linear = parseHex(color).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }) as unknown as Rgb;
  const [r, g, b] = linear;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference: Euclidean distance in L*a*b*. About 2.3 is just noticeable. */
export function deltaE(a: string, b: string): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** Whether a background counts as dark: the rule readableOn uses to pick its direction. */
export const isDark = (background: string) => luminance(parseHex(background)) < 0.2;
