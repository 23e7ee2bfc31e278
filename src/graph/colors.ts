// Colour helpers: keep type colours at a readable contrast against either theme's background.
import { hsl, rgb } from 'd3';

function luminance(color: string): number {
  const { r, g, b } = rgb(color);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colour, made lighter or darker in small steps until it reaches `ratio` against the
 * background (3:1 is WCAG's minimum for graphics such as lines and arrows).
 */
export function readableOn(color: string, background: string, ratio = 3): string {
  const shade = hsl(color);
  const lighten = luminance(background) < 0.2;
  for (let step = 0; step < 20 && contrast(shade.formatHex(), background) < ratio; step++) {
    shade.l = Math.max(0, Math.min(1, shade.l + (lighten ? 0.04 : -0.04)));
  }
  return shade.formatHex();
}
