package org.hindinlp.solr;

import com.carrotsearch.randomizedtesting.ThreadFilter;

/**
 * The JDK's shared fork-join pool outlives a test class by design (the entity tagger may use it);
 * the randomized runner's thread-leak check should not count its workers.
 */
public final class CommonPoolThreads implements ThreadFilter {
  @Override
  public boolean reject(Thread t) {
    return t.getName().startsWith("ForkJoinPool.commonPool-worker");
  }
}
