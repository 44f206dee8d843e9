/**
 * hindi-nlp: Hindi text processing for Java.
 *
 * <p>Public packages: {@code org.hindinlp} (shared value types) and {@code
 * org.hindinlp.normalize} (the Devanagari normalizer with offset alignment). The command-line tool
 * in {@code org.hindinlp.cli} is not exported.
 */
module org.hindinlp {
  requires com.ibm.icu;
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires static info.picocli;
  requires static com.fasterxml.jackson.databind;

  exports org.hindinlp;
  exports org.hindinlp.normalize;
  exports org.hindinlp.tokenize;
  exports org.hindinlp.sentence;
}
