package io.brandcloud.mail;

import com.github.mustachejava.Code;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.codes.CommentCode;
import com.github.mustachejava.codes.DynamicPartialCode;
import com.github.mustachejava.codes.ExtendCode;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.codes.WriteCode;
import io.brandcloud.shared.BrandcloudException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A message type's subject and body as Mustache templates, checked when compiled: a template may
 * only name its type's variables, so a tenant's typo is refused when saved, not found in a
 * customer's inbox.
 */
final class MailTemplate {

  static final int MAX_SUBJECT = 300;
  static final int MAX_BODY = 20_000;
  private static final PlainTextMustache MUSTACHE = new PlainTextMustache();

  private final Mustache subject;
  private final Mustache body;

  private MailTemplate(Mustache subject, Mustache body) {
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
    return new RenderedMessage(run(subject, values).strip(), run(body, values));
  }

  private static String run(Mustache template, Map<String, String> values) {
    StringWriter out = new StringWriter();
    template.execute(out, values);
    return out.toString();
  }

  private static Mustache checked(MessageType type, String field, String text) {
    Mustache compiled;
    try {
      compiled = MUSTACHE.compile(new StringReader(text), type.key() + "." + field);
    } catch (MustacheException e) {
      throw BrandcloudException.invalid(field, field + " is not a valid template: " + reason(e));
    }
    Set<String> unknown = new TreeSet<>();
    collectNames(compiled.getCodes(), unknown);
    unknown.removeAll(type.variables());
    if (!unknown.isEmpty()) {
      throw BrandcloudException.invalid(
          field,
          field
              + " uses "
              + String.join(", ", unknown)
              + "; this message knows "
              + String.join(", ", type.variables()));
    }
    return compiled;
  }

  private static void collectNames(Code[] codes, Set<String> names) {
    if (codes == null) {
      return;
    }
    for (Code code : codes) {
      if (code instanceof PartialCode
          || code instanceof DynamicPartialCode
          || code instanceof ExtendCode) {
        names.add(">" + code.getName());
      } else if (!(code instanceof WriteCode || code instanceof CommentCode)
          && code.getName() != null) {
        names.add(code.getName());
      }
      collectNames(code.getCodes(), names);
    }
  }

  private static String reason(MustacheException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int at = message.indexOf(" @[");
    return at > 0 ? message.substring(0, at) : message;
  }
}
