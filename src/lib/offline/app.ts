/**
 * The site as an installable app: its colours, its icons and its web app manifest. The icons are
 * drawn from public/favicon.svg when the site is built (src/pages/icons/[icon].png.ts); the
 * manifest is written by src/pages/manifest.webmanifest.ts.
 */
import { offlineStrings } from '../i18n/offline.nl';
import { paths } from '../routes';

/** The page that says what works without a connection (src/pages/offline.astro). */
export const offlinePath = paths.offline;

export const appColours = {
  /** The header's colour (--color-header-bg in tokens.css): the browser's bar and the icon's background. */
  theme: '#0d4d47',
  /** The splash screen while the app starts. */
  background: '#ffffff',
} as const;

export interface AppIcon {
  /** File name under icons/, without ".png". */
  name: string;
  size: number;
  /**
   * "any": the favicon as it is, with its rounded corners. "maskable": the favicon's background
   * colour to every edge and the drawing within the middle 80 %, so that a launcher may cut any
   * shape out of it (a circle, a squircle) without cutting into the drawing.
   */
  purpose: 'any' | 'maskable';
}

/** The icons of the manifest: Chromium wants 192 and 512 px, Android a maskable one. */
export const manifestIcons: readonly AppIcon[] = [
  { name: 'icon-192', size: 192, purpose: 'any' },
  { name: 'icon-512', size: 512, purpose: 'any' },
  { name: 'maskable-192', size: 192, purpose: 'maskable' },
  { name: 'maskable-512', size: 512, purpose: 'maskable' },
];

/** The home-screen icon of iOS, which ignores the manifest's icons and rounds the corners itself. */
export const appleTouchIcon: AppIcon = { name: 'apple-touch-icon', size: 180, purpose: 'maskable' };

export const appIcons: readonly AppIcon[] = [...manifestIcons, appleTouchIcon];

/** Path of an icon relative to the site's root (no leading slash, so it holds under any base path). */
export const iconFile = (icon: AppIcon) => `icons/${icon.name}.png`;

/**
 * The web app manifest for a site served under `base` ("/" or "/welbevinden/"). Addresses in it
 * are relative to the manifest, which lies at the site's root, so they hold under any base path;
 * only `id` is resolved against the origin and therefore carries the base.
 */
export function webAppManifest(base: string) {
  const s = offlineStrings.manifest;
  const relative = (path: string) => `.${path}`;
  return {
    id: base,
    name: s.name,
    short_name: s.shortName,
    description: s.description,
    lang: 'nl',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    orientation: 'any',
    background_color: appColours.background,
    theme_color: appColours.theme,
    categories: ['education'],
    icons: [
      ...manifestIcons.map((icon) => ({
        src: iconFile(icon),
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    shortcuts: [
      { name: s.schoolscan, url: relative(paths.schoolscan) },
      { name: s.werkblad, url: relative(paths.werkblad) },
    ],
  };
}
