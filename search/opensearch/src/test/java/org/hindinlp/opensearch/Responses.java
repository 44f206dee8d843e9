package org.hindinlp.opensearch;

import java.util.function.Consumer;
import org.opensearch.action.search.SearchRequestBuilder;
import org.opensearch.action.search.SearchResponse;

/** Runs a search and hands its response to the checks (Elasticsearch's test framework has this built in). */
final class Responses {
  private Responses() {}

  static void assertResponse(SearchRequestBuilder request, Consumer<SearchResponse> checks) {
    checks.accept(request.get());
  }
}
