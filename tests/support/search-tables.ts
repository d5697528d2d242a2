/**
 * The site search's query tables: which page a query must find. Read from the content (the
 * domains and intervention types), and run against the built index by
 * tests/build/search-queries.test.ts, through the search page's own runner.
 */
import { readMdxFolder, readYamlList } from './content-files';

export const interventions = readMdxFolder('interventions').map((entry) => ({ id: entry.id, title: String(entry.frontmatter.title) }));
export const domains = readYamlList('domains.yaml').map((entry) => ({
  id: String(entry.id),
  label: String(entry.label),
  types: (entry.interventions as { type: string }[]).map((link) => link.type),
}));
export const domain = (id: string) => {
  const found = domains.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No domain "${id}" in domains.yaml`);
  return found;
};
// ---------------------------------------------------------------------------------------------
// a. What a query finds.

export interface Expectation {
  query: string;
  expected: string;
  what: string;
}

export const typePath = (id: string) => {
  if (!interventions.some((type) => type.id === id)) throw new Error(`No intervention type "${id}"`);
  return `/interventietypen/${id}/`;
};

export const queryTable: Expectation[] = [
  // Every intervention type by (part of) its name.
  { query: 'mindfulness', expected: typePath('mindfulness'), what: 'type by name' },
  { query: 'pesten', expected: typePath('tegengaan-van-pesten'), what: 'type by name' },
  { query: 'peer mediators', expected: typePath('peer-mediators'), what: 'type by name' },
  { query: 'oudertraining', expected: typePath('oudertraining'), what: 'type by name' },
  { query: 'klassenmanagement', expected: typePath('klassenmanagement'), what: 'type by name' },
  { query: 'cognitieve gedragstherapie', expected: typePath('cognitieve-gedragstherapie'), what: 'type by name' },
  { query: 'woedebeheersing', expected: typePath('woedebeheersing'), what: 'type by name' },
  { query: 'stressmanagement', expected: typePath('stressmanagement'), what: 'type by name' },
  { query: 'conflicthantering', expected: typePath('conflicthantering'), what: 'type by name' },
  { query: 'nee zeggen', expected: typePath('nee-zeggen'), what: 'type by name' },
  { query: 'veerkracht', expected: typePath('veerkracht'), what: 'type by name' },
  { query: 'sociale vaardigheden', expected: typePath('sociale-vaardigheden'), what: 'type by name' },
  { query: 'sociaal-emotionele vaardigheden', expected: typePath('sociaal-emotionele-vaardigheden'), what: 'type by name' },
  // Types by a word that is only in their description.
  { query: 'groepsdruk', expected: typePath('nee-zeggen'), what: 'type by description' },
  { query: 'bemiddelaar', expected: typePath('peer-mediators'), what: 'type by description' },
  { query: 'boosheid', expected: typePath('woedebeheersing'), what: 'type by description' },
  { query: 'ademhaling', expected: typePath('mindfulness'), what: 'type by description' },
  // Every domain by its name.
  ...domains.map((entry) => ({ query: entry.label, expected: `/domeinen/${entry.id}/`, what: 'domain by name' })),
  // Authors of the literature list.
  { query: 'Durlak', expected: '/literatuur/#durlak-2011', what: 'author' },
  { query: 'Zenner', expected: '/literatuur/#zenner-2014', what: 'author' },
  { query: 'Weare', expected: '/literatuur/#weare-2015', what: 'author' },
  { query: 'Weare', expected: '/literatuur/#weare-nind-2011', what: 'author' },
  // Databanks.
  { query: 'Loket Gezond Leven', expected: '/interventies-vinden/', what: 'databank' },
  { query: 'Databank Effectieve Jeugdinterventies', expected: '/interventies-vinden/', what: 'databank' },
  // The research findings.
  { query: 'schooluitval', expected: '/onderzoek/', what: 'research finding' },
  { query: 'werkgeheugen', expected: '/onderzoek/', what: 'research finding' },
  // Inflected Dutch forms.
  { query: 'gepest', expected: typePath('tegengaan-van-pesten'), what: 'inflected form' },
  { query: 'emotie', expected: '/domeinen/omgaan-met-emoties/', what: 'inflected form' },
  { query: 'emoties', expected: '/domeinen/omgaan-met-emoties/', what: 'inflected form' },
];

// ---------------------------------------------------------------------------------------------
// a2. A teacher's own words.

/**
 * Queries as teachers type them: everyday words and short questions, not sentences of the
 * guidance, written without looking at the `searchTerms` of the content (the terms are written
 * from each page's own text; this table is a sample of how teachers ask, so the mechanism must
 * generalise). Every domain and every intervention type is in it, and attendance, anxiety,
 * online bullying, anger, home situations and parents. Each must find its page in the top 3 of
 * the result list.
 */
export const domainPath = (id: string) => `/domeinen/${domain(id).id}/`;
export const teacherTable: Expectation[] = [
  { query: 'leerling spijbelt', expected: domainPath('aanwezigheid'), what: 'attendance' },
  { query: 'veel absenties in mijn klas', expected: domainPath('aanwezigheid'), what: 'attendance' },
  { query: 'kind komt niet meer naar school', expected: domainPath('aanwezigheid'), what: 'attendance' },
  { query: 'spijbelen wat kan ik doen', expected: domainPath('aanwezigheid'), what: 'attendance, question' },
  { query: 'leerlingen zijn heel moe', expected: domainPath('energie'), what: 'domain' },
  { query: 'leerlingen slapen te weinig', expected: domainPath('energie'), what: 'domain' },
  { query: 'kan zich niet concentreren', expected: domainPath('concentratie'), what: 'domain' },
  { query: 'snel afgeleid door telefoon', expected: domainPath('concentratie'), what: 'domain' },
  { query: 'heeft geen vrienden', expected: domainPath('contact-leeftijdgenoten'), what: 'domain' },
  { query: 'wordt buitengesloten in de pauze', expected: domainPath('contact-leeftijdgenoten'), what: 'domain' },
  { query: 'slechte band met de mentor', expected: domainPath('contact-docenten'), what: 'domain' },
  { query: 'durft niets te vragen aan de juf', expected: domainPath('contact-docenten'), what: 'domain' },
  { query: 'ongemotiveerd', expected: domainPath('motivatie'), what: 'domain' },
  { query: 'leerlingen hebben nergens zin in', expected: domainPath('motivatie'), what: 'domain' },
  { query: 'maakt zijn huiswerk niet', expected: domainPath('motivatie'), what: 'domain' },
  { query: 'huilt snel', expected: domainPath('omgaan-met-emoties'), what: 'domain' },
  { query: 'mijn leerling is vaak bang', expected: domainPath('omgaan-met-emoties'), what: 'anxiety' },
  { query: 'hoe ga ik om met een angstige leerling', expected: domainPath('omgaan-met-emoties'), what: 'anxiety, question' },
  { query: 'niet lekker in zijn vel', expected: domainPath('algemene-stemming'), what: 'domain' },
  { query: 'somber en teruggetrokken', expected: domainPath('algemene-stemming'), what: 'domain' },
  { query: 'leerling lijkt depressief', expected: domainPath('algemene-stemming'), what: 'domain' },
  { query: 'laag zelfbeeld', expected: domainPath('eigen-kunnen'), what: 'domain' },
  { query: 'durft geen fouten te maken', expected: domainPath('eigen-kunnen'), what: 'domain' },
  { query: 'kan slecht tegen tegenslagen', expected: domainPath('veerkracht-leerling'), what: 'domain' },
  { query: 'problemen in de thuissituatie', expected: domainPath('veerkracht-gezin'), what: 'home situation' },
  { query: 'ouders hebben geldzorgen', expected: domainPath('veerkracht-gezin'), what: 'home situation, parents' },
  { query: 'ouders zijn moeilijk bereikbaar', expected: domainPath('veerkracht-gezin'), what: 'parents' },
  { query: 'online gepest', expected: typePath('tegengaan-van-pesten'), what: 'online bullying' },
  { query: 'pesten via whatsapp', expected: typePath('tegengaan-van-pesten'), what: 'online bullying' },
  { query: 'wat doe je tegen pesten', expected: typePath('tegengaan-van-pesten'), what: 'bullying, question' },
  { query: 'agressief gedrag', expected: typePath('woedebeheersing'), what: 'anger' },
  { query: 'woedeuitbarstingen in de klas', expected: typePath('woedebeheersing'), what: 'anger' },
  { query: 'leerling is vaak boos', expected: typePath('woedebeheersing'), what: 'anger' },
  { query: 'ruzie in de klas oplossen', expected: typePath('conflicthantering'), what: 'type' },
  { query: 'leerlingen bemiddelen bij ruzies', expected: typePath('peer-mediators'), what: 'type' },
  { query: 'leerlingen als mediator', expected: typePath('peer-mediators'), what: 'type' },
  { query: 'ademhalingsoefeningen', expected: typePath('mindfulness'), what: 'type' },
  { query: 'meer rust in de klas', expected: typePath('klassenmanagement'), what: 'type' },
  { query: 'orde houden lukt niet', expected: typePath('klassenmanagement'), what: 'type' },
  { query: 'leerlingen durven geen nee te zeggen', expected: typePath('nee-zeggen'), what: 'type' },
  { query: 'meedoen met roken', expected: typePath('nee-zeggen'), what: 'type' },
  { query: 'opvoedondersteuning voor ouders', expected: typePath('oudertraining'), what: 'parents' },
  { query: 'ouders hulp bij opvoeding', expected: typePath('oudertraining'), what: 'parents' },
  { query: 'stress voor toetsen', expected: typePath('stressmanagement'), what: 'type' },
  { query: 'prestatiedruk', expected: typePath('stressmanagement'), what: 'type' },
  { query: 'piekert veel', expected: typePath('cognitieve-gedragstherapie'), what: 'anxiety' },
  { query: 'therapie voor angst', expected: typePath('cognitieve-gedragstherapie'), what: 'anxiety' },
  { query: 'gevoelens leren benoemen', expected: typePath('sociaal-emotionele-vaardigheden'), what: 'type' },
  { query: 'lessen over empathie', expected: typePath('sociaal-emotionele-vaardigheden'), what: 'type' },
  { query: 'leren samenwerken en contact maken', expected: typePath('sociale-vaardigheden'), what: 'type' },
  { query: 'sociaal onhandige leerling', expected: typePath('sociale-vaardigheden'), what: 'type' },
  { query: 'weerbaarheid vergroten', expected: typePath('veerkracht'), what: 'type' },
  { query: 'werkdruk leerkrachten', expected: typePath('veerkracht'), what: 'type' },
];

// ---------------------------------------------------------------------------------------------
// a3. Held out: words in another form, life events, moods.

/**
 * Queries written before the search terms were extended by rule (README, "Search terms"), and
 * never used to choose a term: the terms follow the rule, and this table measures whether the rule
 * reaches questions it was not written for. Three kinds of question the other tables miss: a word
 * in another form than the site's (a participle, an inflected adjective, a conjugated or separated
 * verb), an event in a pupil's life, and a word for a mood. Where the guidance does not name an
 * event ("scheiden"), the expected page is the one the rest of the question leads to.
 *
 * 15 of 25 had their page in the top 3 before the rule, 23 after. The two misses are left as they
 * are rather than fixed with a term for them: "wijk" (the guidance says "buurt") and "coronatijd"
 * (the research page says "coronacrisis"; a compound is matched by its whole first part only).
 */
export const heldOutTable: Expectation[] = [
  { query: 'mijn leerling wordt gepest', expected: typePath('tegengaan-van-pesten'), what: 'participle' },
  { query: 'heeft gespijbeld', expected: domainPath('aanwezigheid'), what: 'participle' },
  { query: 'afgehaakt', expected: domainPath('motivatie'), what: 'participle, separable verb' },
  { query: 'gestrest voor de toets', expected: typePath('stressmanagement'), what: 'participle' },
  { query: 'blijft weg van school', expected: domainPath('aanwezigheid'), what: 'separated verb' },
  { query: 'trekt zich terug', expected: domainPath('algemene-stemming'), what: 'separated verb' },
  { query: 'loopt mee met de groep', expected: typePath('nee-zeggen'), what: 'separated verb' },
  { query: 'slaapt slecht', expected: domainPath('energie'), what: 'conjugated verb' },
  { query: 'thuiszitters', expected: domainPath('aanwezigheid'), what: 'plural' },
  { query: 'eenzame leerling', expected: domainPath('algemene-stemming'), what: 'inflected adjective' },
  { query: 'lusteloze klas', expected: domainPath('energie'), what: 'inflected adjective' },
  { query: 'boze leerling', expected: typePath('woedebeheersing'), what: 'inflected adjective' },
  { query: 'onzekere leerling', expected: domainPath('eigen-kunnen'), what: 'inflected adjective' },
  { query: 'ongelukkige kinderen', expected: domainPath('algemene-stemming'), what: 'inflected adjective' },
  { query: 'vluchteling in de klas', expected: domainPath('veerkracht-leerling'), what: 'life event' },
  { query: 'gevlucht uit een oorlogsgebied', expected: domainPath('veerkracht-leerling'), what: 'life event' },
  { query: 'geweld in de wijk', expected: domainPath('veerkracht-leerling'), what: 'life event' },
  { query: 'kind groeit op in armoede', expected: domainPath('veerkracht-gezin'), what: 'life event' },
  { query: 'ouder is ernstig ziek', expected: domainPath('veerkracht-gezin'), what: 'life event' },
  { query: 'ouders gaan scheiden', expected: domainPath('veerkracht-gezin'), what: 'life event the guidance does not name' },
  { query: 'gevolgen van de coronatijd', expected: '/onderzoek/', what: 'life event' },
  { query: 'voelt zich down', expected: domainPath('algemene-stemming'), what: 'mood' },
  { query: 'voelt zich eenzaam', expected: domainPath('algemene-stemming'), what: 'mood' },
  { query: 'leerlingen zijn lusteloos', expected: domainPath('energie'), what: 'mood' },
  { query: 'gelukkig en tevreden', expected: '/welbevinden/', what: 'mood' },
];
