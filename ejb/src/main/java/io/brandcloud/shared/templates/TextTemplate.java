package io.brandcloud.shared.templates;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Mustache template a tenant wrote, checked when compiled: it may name only the variables it is
 * given, so a typo is refused when saved, not found where it is used. Values are written as they
 * are.
 */
public final class TextTemplate {

  private static final PlainTextMustache MUSTACHE = new PlainTextMustache();

  private final Mustache compiled;

  private TextTemplate(Mustache compiled) {
    this.compiled = compiled;
  }

  /**
   * The template {@code text} of the input {@code field}, which may name {@code variables}; a 400
   * naming {@code field} otherwise, saying what it uses and what {@code known} (e.g. "this message
   * knows") lists.
   */
  public static TextTemplate compile(
      String field, String name, String text, List<String> variables, String known) {
    Mustache compiled;
    try {
      compiled = MUSTACHE.compile(new StringReader(text), name);
    } catch (MustacheException e) {
      throw BrandcloudException.invalid(field, field + " is not a valid template: " + reason(e));
    }
    Set<String> unknown = new TreeSet<>();
    collectNames(compiled.getCodes(), unknown);
    unknown.removeAll(variables);
    if (!unknown.isEmpty()) {
      throw BrandcloudException.invalid(
          field,
          field
              + " uses "
              + String.join(", ", unknown)
              + "; "
              + known
              + " "
              + (variables.isEmpty() ? "none" : String.join(", ", variables)));
    }
    return new TextTemplate(compiled);
  }

  public String render(Map<String, String> values) {
    StringWriter out = new StringWriter();
    compiled.execute(out, values);
    return out.toString();
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
