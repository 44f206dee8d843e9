/**
 * hindi-nlp: Hindi text processing for Java. This package holds the value types that every stage
 * shares, such as {@link org.hindinlp.TextSpan}: half-open UTF-16 offsets into the caller's
 * original string, the one unit in which every span of the library is reported.
 *
 * <p>Thread safety: all types here are immutable records.
 */
package org.hindinlp;
