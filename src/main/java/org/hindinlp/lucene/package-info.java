/**
 * Lucene analysis components, for Lucene applications and for Solr, OpenSearch and Elasticsearch.
 *
 * <ul>
 *   <li>{@link org.hindinlp.lucene.HindiNlpTokenizer}: the library tokenizer as a Lucene {@code
 *       Tokenizer}, with exact offsets and the token kind as token type (SPI name {@code
 *       hindiNlp});
 *   <li>{@link org.hindinlp.lucene.DevanagariNormalizationFilter}: the Devanagari normalizer as a
 *       {@code TokenFilter}, canonical or search level or any combination of switches (SPI name
 *       {@code devanagariNormalization});
 *   <li>{@link org.hindinlp.lucene.HindiNlpStopFilterFactory}: the bundled stopwords, normalized
 *       like the terms (SPI name {@code hindiNlpStop});
 *   <li>{@link org.hindinlp.lucene.HindiNlpAnalyzer}: all of them, with lowercasing, a name-safe Hindi
 *       stopword list and optional stemming.
 * </ul>
 *
 * <p>{@code CustomAnalyzer.builder().withTokenizer("hindiNlp").addTokenFilter("devanagariNormalization",
 * "level", "search").build()} builds a chain by name; {@code docs/search-engines.md} shows the
 * Solr, OpenSearch and Elasticsearch configuration.
 */
package org.hindinlp.lucene;
