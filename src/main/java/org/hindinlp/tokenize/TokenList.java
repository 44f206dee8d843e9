package org.hindinlp.tokenize;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The unmodifiable token list the tokenizer returns: a view of the first {@code size} elements of
 * the array the scanner filled, so that the tokens are not copied once more into a {@code List.of}
 * (which copies its array). Nothing else refers to the array once the list is made. Every mutator
 * throws {@link UnsupportedOperationException}, as those of {@code List.of} do.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {

  private final Token[] tokens;
  private final int size;

  /** The list of {@code tokens[0, size)}; the caller hands the array over and never writes it again. */
  TokenList(Token[] tokens, int size) {
    this.tokens = tokens;
    this.size = size;
  }

  @Override
  public Token get(int index) {
    Objects.checkIndex(index, size);
    return tokens[index];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<Token> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public Token next() {
        int i = next;
        if (i >= size) {
          throw new NoSuchElementException();
        }
        next = i + 1;
        return tokens[i];
      }
    };
  }

  private static UnsupportedOperationException immutable() {
    return new UnsupportedOperationException("the token list is unmodifiable");
  }

  @Override
  public Token set(int index, Token element) {
    throw immutable();
  }

  @Override
  public boolean add(Token element) {
    throw immutable();
  }

  @Override
  public void add(int index, Token element) {
    throw immutable();
  }

  @Override
  public Token remove(int index) {
    throw immutable();
  }

  @Override
  public boolean remove(Object o) {
    throw immutable();
  }

  @Override
  public boolean addAll(Collection<? extends Token> c) {
    throw immutable();
  }

  @Override
  public boolean addAll(int index, Collection<? extends Token> c) {
    throw immutable();
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    throw immutable();
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    throw immutable();
  }

  @Override
  public boolean removeIf(Predicate<? super Token> filter) {
    throw immutable();
  }

  @Override
  public void replaceAll(UnaryOperator<Token> operator) {
    throw immutable();
  }

  @Override
  public void sort(Comparator<? super Token> c) {
    throw immutable();
  }

  @Override
  public void clear() {
    throw immutable();
  }

  @Override
  protected void removeRange(int fromIndex, int toIndex) {
    throw immutable();
  }
}
