package io.brandcloud.support.suggestions.application;

import io.brandcloud.support.suggestions.domain.KnowledgeBase;
import io.brandcloud.support.tickets.application.TenantLanguageTexts;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words of a suggested reply: a greeting to this customer, the answer that resolved a similar
 * ticket without the greeting it had for someone else, and links to the articles found.
 */
final class SuggestedReply {

  private static final Pattern GREETING =
      Pattern.compile(
          "(?iu)^(hi|hello|hey|dear|good (morning|afternoon|evening)|hallo|guten tag|liebe[rs]?"
              + "|sehr geehrte[rs]?|moin)\\b[^.?]{0,60}[,!]$");

  private final TenantLanguageTexts texts;
  private final String portalUrl;

  SuggestedReply(TenantLanguageTexts texts, String portalUrl) {
    this.texts = texts;
    this.portalUrl = portalUrl;
  }

  String write(Optional<String> customer, Optional<String> answer, List<KnowledgeBase.Page> pages) {
    StringBuilder reply = new StringBuilder();
    reply.append(
        customer
            .map(name -> texts.text("suggestion.greeting", name))
            .orElseGet(() -> texts.text("suggestion.greetingNoName")));
    answer
        .map(SuggestedReply::withoutGreeting)
        .ifPresent(text -> reply.append("\n\n").append(text));
    if (!pages.isEmpty()) {
      reply
          .append("\n\n")
          .append(
              texts.text(answer.isPresent() ? "suggestion.moreArticles" : "suggestion.articles"));
      for (KnowledgeBase.Page page : pages) {
        reply.append("\n- ").append(page.title()).append(": ").append(portalUrl + page.path());
      }
    }
    return reply.toString();
  }

  static String withoutGreeting(String answer) {
    String text = answer.strip();
    int lineEnd = text.indexOf('\n');
    String first = lineEnd < 0 ? text : text.substring(0, lineEnd);
    if (lineEnd > 0 && GREETING.matcher(first.strip()).matches()) {
      return text.substring(lineEnd).strip();
    }
    return text;
  }

  static String excerpt(String text, int maxLength) {
    if (text == null) {
      return null;
    }
    String words = text.strip().replaceAll("\\s+", " ");
    return words.length() <= maxLength ? words : words.substring(0, maxLength - 1) + "…";
  }
}
