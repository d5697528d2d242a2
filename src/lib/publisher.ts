/**
 * Who publishes this copy of the site, and where readers report errors: set at build time with
 * two environment variables (README, "Deploying"), so that every copy says who runs it without
 * the code naming anyone.
 *
 * - PUBLISHER_NAME: the organisation or person that publishes the site.
 * - PUBLISHER_CONTACT: where to report an error: an e-mail address or a web address (https://).
 *
 * A local build may leave both out; the colofon, the accessibility statement and the 404 page
 * then say that this copy has no publisher. A build for a public address (SITE_URL) must set both:
 * `publisherForBuild` throws, and astro.config.mjs calls it before anything is built.
 */

export interface Publisher {
  name: string;
  contact: PublisherContact;
}

export interface PublisherContact {
  kind: 'email' | 'url';
  /** The link target: "mailto:…" or the web address. */
  href: string;
  /** What the link says: the e-mail address, or the web address without "https://". */
  text: string;
}

/** The variables this module reads; any other keys are ignored. */
export type PublisherEnvironment = Readonly<Record<string, string | undefined>>;

export class PublisherConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublisherConfigError';
  }
}

const emailPattern = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

/** The contact as a link, or an error message that says what is accepted. */
export function parseContact(value: string): PublisherContact {
  const contact = value.trim();
  const mailto = contact.replace(/^mailto:/i, '');
  if (emailPattern.test(mailto)) return { kind: 'email', href: `mailto:${mailto}`, text: mailto };
  let url: URL | undefined;
  try {
    url = new URL(contact);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')) {
    const text = `${url.host}${url.pathname === '/' ? '' : url.pathname}${url.search}`;
    return { kind: 'url', href: url.href, text };
  }
  throw new PublisherConfigError(
    `PUBLISHER_CONTACT must be an e-mail address (fouten@example.org) or a web address that starts with https://; got "${value}".`,
  );
}

/** The publisher set in `env`, or null when neither variable is set. Throws when only one is set or one is malformed. */
export function readPublisher(env: PublisherEnvironment): Publisher | null {
  const name = env.PUBLISHER_NAME?.trim() ?? '';
  const contact = env.PUBLISHER_CONTACT?.trim() ?? '';
  if (!name && !contact) return null;
  if (!name) throw new PublisherConfigError('PUBLISHER_CONTACT is set but PUBLISHER_NAME is not: set both, or neither.');
  if (!contact) throw new PublisherConfigError('PUBLISHER_NAME is set but PUBLISHER_CONTACT is not: set both, or neither.');
  if (name.length > 120) throw new PublisherConfigError(`PUBLISHER_NAME must be at most 120 characters; it has ${name.length}.`);
  if (/[<>]/.test(name)) throw new PublisherConfigError('PUBLISHER_NAME must be plain text, without < or >.');
  return { name, contact: parseContact(contact) };
}

/**
 * The publisher for a build: optional for a local build, required when the site is built for a
 * public address (SITE_URL set), because a public copy must say who runs it and where to report errors.
 */
export function publisherForBuild(env: PublisherEnvironment): Publisher | null {
  const publisher = readPublisher(env);
  if (!publisher && env.SITE_URL?.trim()) {
    throw new PublisherConfigError(
      `SITE_URL is set (${env.SITE_URL.trim()}), so this is a build for a public address, but PUBLISHER_NAME and PUBLISHER_CONTACT are not. ` +
        'A public copy must say who publishes it and where readers report errors. Set both, for example ' +
        'PUBLISHER_NAME="Naam van je organisatie" PUBLISHER_CONTACT="fouten@example.org" (see README.md, "Deploying").',
    );
  }
  return publisher;
}

let cached: { publisher: Publisher | null } | undefined;

/** The publisher of this build, read once from the environment the build runs in. */
export function sitePublisher(): Publisher | null {
  cached ??= { publisher: publisherForBuild(process.env) };
  return cached.publisher;
}
