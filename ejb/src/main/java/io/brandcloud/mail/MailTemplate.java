package io.brandcloud.mail;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.templates.TextTemplate;
import java.util.Map;

/**
 * A message type's subject and body as Mustache templates, checked when compiled: a template may
 * only name its type's variables, so a tenant's typo is refused when saved, not found in a
 * customer's inbox.
 */
final class MailTemplate {

  static final int MAX_SUBJECT = 300;
  static final int MAX_BODY = 20_000;

  private final TextTemplate subject;
  private final TextTemplate body;

  private MailTemplate(TextTemplate subject, TextTemplate body) {
    this.subject = subject;
    this.body = body;
  }

  static MailTemplate compile(MessageType type, String subject, String body) {
    if (subject == null || subject.isBlank()) {
      throw BrandcloudException.invalid("subject", "subject is required");
    }
    if (subject.length() > MAX_SUBJECT || subject.contains("\n") || subject.contains("\r")) {
      throw BrandcloudException.invalid(
          "subject", "subject is one line of at most " + MAX_SUBJECT + " characters");
    }
    if (body == null || body.isBlank()) {
      throw BrandcloudException.invalid("body", "body is required");
    }
    if (body.length() > MAX_BODY) {
      throw BrandcloudException.invalid("body", "body is at most " + MAX_BODY + " characters long");
    }
    return new MailTemplate(checked(type, "subject", subject), checked(type, "body", body));
  }

  RenderedMessage render(Map<String, String> values) {
    return new RenderedMessage(subject.render(values).strip(), body.render(values));
  }

  private static TextTemplate checked(MessageType type, String field, String text) {
    return TextTemplate.compile(
        field, type.key() + "." + field, text, type.variables(), "this message knows");
  }
}
