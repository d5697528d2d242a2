/** The app's icons (src/lib/offline/app.ts), drawn from the favicon when the site is built. */
import type { APIRoute, GetStaticPaths } from 'astro';
import favicon from '../../../public/favicon.svg?raw';
import { renderIcon } from '../../integrations/app-icons';
import { appColours, appIcons, type AppIcon } from '../../lib/offline/app';

export const getStaticPaths: GetStaticPaths = () => appIcons.map((icon) => ({ params: { icon: icon.name }, props: { icon } }));

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) =>
  new Response(new Uint8Array(await renderIcon(favicon, props.icon, appColours.theme)), { headers: { 'content-type': 'image/png' } });
