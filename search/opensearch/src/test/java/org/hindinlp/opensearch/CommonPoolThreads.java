package org.hindinlp.opensearch;

import com.carrotsearch.randomizedtesting.ThreadFilter;

/**
 * The JDK's common fork-join pool: the core library loads its built-in entity lists with a
 * parallel stream, whose worker threads outlive a test by design (they idle and end by themselves).
 */
public final class CommonPoolThreads implements ThreadFilter {

  /** Creates the filter (the test runner calls this). */
  public CommonPoolThreads() {}

  @Override
  public boolean reject(Thread t) {
    return t.getName().startsWith("ForkJoinPool.commonPool-worker");
  }
}
