/**
 * A comment on one stored value (DHIS2's "comment"): the entry grid writes it, the import's
 * `note` column fills it. One limit for both, shared by the API schema and the web's textarea.
 */
export const VALUE_NOTE_MAX = 1000;
