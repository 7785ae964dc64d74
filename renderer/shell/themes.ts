import { createDarkTheme, createLightTheme, teamsHighContrastTheme, type BrandVariants, type Theme as FluentTheme } from '@fluentui/react-components';
import type { Theme } from '../../shared/project';

/**
 * Pird's green (#0b6e4f) as the design system's brand ramp, shade 10 (darkest) to 160 (lightest):
 * mixed towards black below shade 80 and towards white above it.
 */
function brandRamp(base: readonly [number, number, number]): BrandVariants {
  const hex = (rgb: readonly number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
  const shades: Record<number, string> = {};
  for (let step = 1; step <= 16; step++) {
    const toward = step < 8 ? 0 : 255;
    const amount = step < 8 ? (8 - step) / 8 : (step - 8) / 9;
    shades[step * 10] = hex(base.map((c) => c + (toward - c) * amount));
  }
  return shades as BrandVariants;
}

const PIRD_BRAND = brandRamp([0x0b, 0x6e, 0x4f]);
const dark = createDarkTheme(PIRD_BRAND);
// On a dark background the brand's text and links take a lighter shade, as Fluent's own dark theme does.
dark.colorBrandForeground1 = PIRD_BRAND[110];
dark.colorBrandForeground2 = PIRD_BRAND[120];

export const FLUENT_THEMES: Readonly<Record<Theme, FluentTheme>> = {
  light: createLightTheme(PIRD_BRAND),
  dark,
  'high-contrast': teamsHighContrastTheme,
};
