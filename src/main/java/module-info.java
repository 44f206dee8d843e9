/**
 * hindi-nlp: Hindi text processing for Java.
 *
 * <p>Public packages: {@code org.hindinlp} (the one-call entry point and shared value types),
 * {@code org.hindinlp.normalize} (the Devanagari normalizer with offset alignment), {@code
 * org.hindinlp.tokenize}, {@code org.hindinlp.sentence}, {@code org.hindinlp.ner} (the entity
 * tagger and its lists), {@code org.hindinlp.lucene} (Lucene analysis components, also registered
 * as services by name) and {@code org.hindinlp.transliterate} (Latin → Devanagari name
 * transliteration). Not exported: the entity model with its corpus readers, trainer and
 * evaluation ({@code org.hindinlp.ner.model}, used by the tagger and by the command-line tool,
 * which is a separate artifact, {@code hindi-nlp-cli}; a model of one's own reaches the tagger as
 * a file) and {@code org.hindinlp.internal}.
 */
module org.hindinlp {
  requires com.ibm.icu;
  requires transitive org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;

  exports org.hindinlp;
  exports org.hindinlp.normalize;
  exports org.hindinlp.tokenize;
  exports org.hindinlp.sentence;
  exports org.hindinlp.ner;
  exports org.hindinlp.lucene;
  exports org.hindinlp.transliterate;

  provides org.apache.lucene.analysis.TokenizerFactory with
      org.hindinlp.lucene.HindiNlpTokenizerFactory;
  provides org.apache.lucene.analysis.TokenFilterFactory with
      org.hindinlp.lucene.DevanagariNormalizationFilterFactory,
      org.hindinlp.lucene.HindiNlpStopFilterFactory,
      org.hindinlp.lucene.HindiEntityFilterFactory;
}
