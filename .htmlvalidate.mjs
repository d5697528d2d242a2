// html-validate's recommended rules, for every built page (tests/build/html-validate.test.ts).
// Rules switched off, each with its reason:
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // role="list" on lists without bullets is deliberate: Safari/VoiceOver drops the list
    // semantics of a <ul> or <ol> styled with list-style: none.
    'no-redundant-role': 'off',
    // Page titles are the handreiking's own Dutch headings plus the site name; cutting them at
    // 70 characters would make several titles lose their meaning. It is an SEO heuristic, not
    // an HTML rule, and Lighthouse's SEO audit does not ask for it.
    'long-title': 'off',
    // MDX and Astro write void elements as <br/>; both forms are valid HTML.
    'void-style': 'off',
  },
};
