package org.hindinlp.lucene;

import java.util.Objects;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;
import org.hindinlp.tokenize.Token;

/** Default implementation of {@link SourceTokenAttribute}: two references, copied by reference. *
 * <p>Like every Lucene attribute, it belongs to one token stream and so to one thread at a time.
 */
public final class SourceTokenAttributeImpl extends AttributeImpl implements SourceTokenAttribute {

  private String sourceText;
  private Token token;

  /** Creates an empty attribute. */
  public SourceTokenAttributeImpl() {}

  @Override
  public Token token() {
    return token;
  }

  @Override
  public String sourceText() {
    return sourceText;
  }

  @Override
  public void set(String sourceText, Token token) {
    this.sourceText = sourceText;
    this.token = token;
  }

  @Override
  public void clear() {
    sourceText = null;
    token = null;
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((SourceTokenAttribute) target).set(sourceText, token);
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    // The token only: the source text can be a whole article.
    reflector.reflect(SourceTokenAttribute.class, "token", token);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceTokenAttributeImpl other
        && sourceText == other.sourceText
        && Objects.equals(token, other.token);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(token);
  }
}
