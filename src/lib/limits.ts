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
/**
 * Files larger than this are refused before they are read. Far above what the browser's storage
 * for the site holds (about 5 MB), so every file the tools write, they read.
 */
export const MAX_IMPORT_BYTES = 20_000_000;
/** The import limit as the messages say it: "20 MB". */
export const MAX_IMPORT_LABEL = `${MAX_IMPORT_BYTES / 1_000_000} MB`;
/** Members of one team overview (files chosen at once). */
export const MAX_TEAM_MEMBERS = 100;
