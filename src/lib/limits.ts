/**
 * Every limit of the tools in one place: the schemas check them, the inputs carry them as
 * maxLength, and the Dutch messages that name one read it from here.
 */

/** A title (scan, worksheet, school name, role): enough for "Groep 7, najaar, locatie Noord". */
export const MAX_TITLE_LENGTH = 120;
/** A note per domain ("Wat zien we?", "Wat gaat goed?"): far more than a team writes. */
export const MAX_NOTE_LENGTH = 5000;
/** An answer to one of the five questions. */
export const MAX_ANSWER_LENGTH = 5000;
/** One field of an action (wat, wie, wanneer). */
export const MAX_ACTION_FIELD = 500;
/** Actions per worksheet. */
export const MAX_ACTIONS = 100;
/** Partners of a school's own, per worksheet ("Eigen partner toevoegen"): far more than a team names. */
export const MAX_OWN_PARTNERS = 20;
/**
 * Files larger than this are refused before they are read. Far above what the browser's storage
 * for the site holds (about 5 MB), so every file the tools write, they read.
 */
export const MAX_IMPORT_BYTES = 20_000_000;
/** The import limit as the messages say it: "20 MB". */
export const MAX_IMPORT_LABEL = `${MAX_IMPORT_BYTES / 1_000_000} MB`;
/**
 * JSON from outside the code (a file, a link, storage) is refused unread when its arrays and
 * objects nest deeper than this: the tools' own formats nest at most 6 levels (a backup's
 * werkblad → worksheets → worksheet → actions → action). Text nested millions of levels deep
 * takes seconds to parse (10 million: 2 s in Chromium) and overflows the stack of any function
 * that walks the result recursively.
 */
export const MAX_JSON_DEPTH = 32;
/**
 * The longest JSON text read, in characters (UTF-16 code units). UTF-8 never decodes to more
 * code units than it has bytes, so every file under the import limit fits.
 */
export const MAX_JSON_LENGTH = MAX_IMPORT_BYTES;
/**
 * Files larger than this are read, parsed and checked in a worker, with progress shown, so the
 * page keeps reacting. JSON.parse takes up to about 30 ms per MB (20 MB of small objects: 0.6 s
 * in Chromium on a 2-core machine), so a file read on the page stops it for about two frames at
 * most. The tools' own files are far smaller (a scan with every note full is about 120 kB).
 */
export const OFF_THREAD_BYTES = 1_000_000;
/**
 * The most a member's link may unpack to, in bytes. A scan with every note at its full length is
 * 11 domains × 2 notes × 5,000 characters; JSON writes a control character as "\u0001", 6 bytes
 * (UTF-8 takes at most 3 per character), so about 660 kB plus the title and the rest. A link
 * that unpacks to more is no scan of this site, and is refused before it fills the memory (a few
 * hundred kB of link can unpack to 150 MB).
 */
export const MAX_LINK_JSON_BYTES = 1_000_000;
/** Members of one team overview (files chosen at once). */
export const MAX_TEAM_MEMBERS = 100;
/**
 * A search query: the field's maxlength, the address and the status line all hold at most this
 * many characters; a longer query in an address is cut to it, and the search page says so.
 */
export const MAX_QUERY_LENGTH = 100;
/** Words of a query that are searched for (after stop words are dropped); the rest are left out. */
export const MAX_QUERY_WORDS = 6;
/** A search term of a domain or an intervention type (content files). */
export const MAX_SEARCH_TERM_LENGTH = 40;
/** Search terms per domain or intervention type. */
export const MAX_SEARCH_TERMS = 12;
