/**
 * hindi-nlp: Hindi text processing for Java.
 *
 * <p>Public packages: {@code org.hindinlp} (the one-call entry point and shared value types),
 * {@code org.hindinlp.normalize} (the Devanagari normalizer with offset alignment), {@code
 * org.hindinlp.tokenize}, {@code org.hindinlp.sentence}, {@code org.hindinlp.ner}, {@code
 * org.hindinlp.ner.model} (the trained entity model, its trainer and evaluation), {@code
 * org.hindinlp.lucene} (Lucene analysis components, also registered as services by name) and {@code
 * org.hindinlp.transliterate} (Latin → Devanagari name transliteration). The
 * command-line tool ({@code org.hindinlp.cli}) and {@code org.hindinlp.internal} are not exported.
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
  exports org.hindinlp.ner;
  exports org.hindinlp.ner.model;
  exports org.hindinlp.lucene;
  exports org.hindinlp.transliterate;

  provides org.apache.lucene.analysis.TokenizerFactory with
      org.hindinlp.lucene.HindiNlpTokenizerFactory;
  provides org.apache.lucene.analysis.TokenFilterFactory with
      org.hindinlp.lucene.DevanagariNormalizationFilterFactory,
      org.hindinlp.lucene.HindiNlpStopFilterFactory,
      org.hindinlp.lucene.HindiEntityFilterFactory;
}
