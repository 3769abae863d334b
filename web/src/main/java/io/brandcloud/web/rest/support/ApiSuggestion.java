package io.brandcloud.web.rest.support;

import io.brandcloud.support.suggestions.application.Suggestion;
import java.util.List;

/**
 * A suggested reply on the wire: the text (left out when nothing of the tenant's matched) and its
 * sources, each with the address staff open it at.
 */
public record ApiSuggestion(String text, List<Source> sources) {

  /** A resolved ticket ({@code ticket}) or a published page ({@code article}) it used. */
  public record Source(
      String type, long id, String title, String url, String excerpt, float score) {}

  static ApiSuggestion of(Suggestion suggestion, String portal) {
    return new ApiSuggestion(
        suggestion.text(),
        suggestion.sources().stream()
            .map(
                s ->
                    new Source(
                        s.type(), s.id(), s.title(), portal + s.path(), s.excerpt(), s.score()))
            .toList());
  }
}
