/** The web app manifest (src/lib/offline/app.ts), for the base path this build is served under. */
import type { APIRoute } from 'astro';
import { webAppManifest } from '../lib/offline/app';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(webAppManifest(import.meta.env.BASE_URL), null, 2)}\n`, {
    headers: { 'content-type': 'application/manifest+json' },
  });
