import { describe, expect, it } from 'vitest';
import { parseContact, publisherForBuild, PublisherConfigError, readPublisher } from '../../src/lib/publisher';

describe('publisher of the site (PUBLISHER_NAME, PUBLISHER_CONTACT)', () => {
  it('is absent when neither variable is set, or both are blank', () => {
    expect(readPublisher({})).toBeNull();
    expect(readPublisher({ PUBLISHER_NAME: ' ', PUBLISHER_CONTACT: '' })).toBeNull();
  });

  it('takes a name and an e-mail address, linked with mailto:', () => {
    expect(readPublisher({ PUBLISHER_NAME: ' Stichting Voorbeeld ', PUBLISHER_CONTACT: 'fouten@voorbeeld.example' })).toEqual({
      name: 'Stichting Voorbeeld',
      contact: { kind: 'email', href: 'mailto:fouten@voorbeeld.example', text: 'fouten@voorbeeld.example' },
    });
    expect(parseContact('mailto:fouten@voorbeeld.example').href).toBe('mailto:fouten@voorbeeld.example');
  });

  it('takes a web address, shown without https://', () => {
    expect(parseContact('https://www.voorbeeld.example/contact/')).toEqual({
      kind: 'url',
      href: 'https://www.voorbeeld.example/contact/',
      text: 'www.voorbeeld.example/contact/',
    });
    expect(parseContact('https://voorbeeld.example').text).toBe('voorbeeld.example');
  });

  it('refuses a contact that is neither an e-mail address nor a web address, saying what it accepts', () => {
    for (const contact of ['Jan', 'javascript:alert(1)', 'ftp://voorbeeld.example/', 'fouten@voorbeeld', '#']) {
      expect(() => parseContact(contact), contact).toThrow(/PUBLISHER_CONTACT must be an e-mail address .* or a web address/);
    }
  });

  it('refuses one variable without the other', () => {
    expect(() => readPublisher({ PUBLISHER_NAME: 'Stichting Voorbeeld' })).toThrow(
      'PUBLISHER_NAME is set but PUBLISHER_CONTACT is not: set both, or neither.',
    );
    expect(() => readPublisher({ PUBLISHER_CONTACT: 'fouten@voorbeeld.example' })).toThrow(
      'PUBLISHER_CONTACT is set but PUBLISHER_NAME is not: set both, or neither.',
    );
  });

  it('refuses markup in the name', () => {
    expect(() => readPublisher({ PUBLISHER_NAME: '<b>Voorbeeld</b>', PUBLISHER_CONTACT: 'fouten@voorbeeld.example' })).toThrow(
      PublisherConfigError,
    );
  });
});

describe('publisherForBuild', () => {
  it('lets a local build (no SITE_URL) go without a publisher', () => {
    expect(publisherForBuild({ BASE_PATH: '/welbevinden/' })).toBeNull();
  });

  it('stops a build for a public address (SITE_URL) without a publisher, naming both variables and the README', () => {
    expect(() => publisherForBuild({ SITE_URL: 'https://www.voorbeeld.example' })).toThrow(
      /SITE_URL is set \(https:\/\/www\.voorbeeld\.example\).*PUBLISHER_NAME and PUBLISHER_CONTACT are not.*README\.md, "Deploying"/,
    );
  });

  it('builds for a public address with a publisher', () => {
    expect(
      publisherForBuild({
        SITE_URL: 'https://www.voorbeeld.example',
        PUBLISHER_NAME: 'Voorbeeld',
        PUBLISHER_CONTACT: 'https://voorbeeld.example/contact',
      })?.contact.kind,
    ).toBe('url');
  });
});
