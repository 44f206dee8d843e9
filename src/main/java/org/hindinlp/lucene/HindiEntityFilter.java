package org.hindinlp.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.hindinlp.TextSpan;
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.tokenize.Token;

/**
 * Marks each token inside a named entity with the entity's type, so that users can search and
 * facet by type: the token's type becomes the entity type ({@code PERSON}, {@code LOCATION}, {@code
 * ORGANIZATION}, or a user list's type), and an extra token {@code _PERSON} (…) follows it at the
 * same position and offsets. A query for the term {@code _PERSON} then finds every document that
 * mentions a person.
 *
 * <p>It must come right after {@link HindiNlpTokenizer} (it reads {@link SourceTokenAttribute}):
 * it tags the whole text the tokenizer read once per document, then matches each token by its
 * span. Put it before stopword removal, so that no part of a name is lost before tagging.
 *
 * <p>Like every {@code TokenStream}, an instance serves one thread; the {@link EntityTagger} it
 * uses is immutable and shared.
 */
public final class HindiEntityFilter extends TokenFilter {

  /** The type of the extra tokens. */
  public static final String ENTITY_TOKEN_TYPE = "<ENTITY>";

  private final EntityTagger tagger;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final SourceTokenAttribute source = addAttribute(SourceTokenAttribute.class);

  private String taggedText;
  private List<Entity> entities = List.of();
  private int next;
  private State pending;
  private String pendingTerm;

  /**
   * Creates the filter.
   *
   * @param input the tokens of a {@link HindiNlpTokenizer}
   * @param tagger the tagger to use
   */
  public HindiEntityFilter(TokenStream input, EntityTagger tagger) {
    super(input);
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      term.setEmpty().append(pendingTerm);
      type.setType(ENTITY_TOKEN_TYPE);
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    Token token = source.token();
    String text = source.sourceText();
    if (token == null || text == null) {
      return true; // not from our tokenizer: passed on unmarked
    }
    if (!text.equals(taggedText)) {
      taggedText = text;
      entities = tagger.tag(text);
      next = 0;
    }
    Entity e = entityAt(token.span());
    if (e != null) {
      type.setType(e.type().name());
      pendingTerm = "_" + e.type().name().toUpperCase(Locale.ROOT);
      pending = captureState();
    }
    return true;
  }

  /** The entity that covers {@code span}; tokens come in order, so a cursor suffices. */
  private Entity entityAt(TextSpan span) {
    while (next < entities.size() && entities.get(next).end() <= span.start()) {
      next++;
    }
    if (next < entities.size() && entities.get(next).span().contains(span)) {
      return entities.get(next);
    }
    return null;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    taggedText = null;
    entities = List.of();
    next = 0;
    pending = null;
    pendingTerm = null;
  }
}
