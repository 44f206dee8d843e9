/**
 * Named entities: types, entity lists (built-in and the user's own) and, as they land, the taggers.
 *
 * <p>{@link org.hindinlp.ner.EntityList} reads the TSV and JSON Lines list formats with errors that
 * name the file and line; {@link org.hindinlp.ner.EntityType} is open, so a user's list may bring
 * its own types.
 *
 * <p>Thread safety: lists, entries and types are immutable and may be shared between threads.
 */
package org.hindinlp.ner;
