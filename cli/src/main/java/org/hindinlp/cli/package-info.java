/**
 * The command-line tool ({@code java -jar hindi-nlp-cli.jar}). Not part of the library's API: the
 * module does not export it, and its dependencies (picocli, Jackson) are optional so they never
 * reach library users.
 */
package org.hindinlp.cli;
