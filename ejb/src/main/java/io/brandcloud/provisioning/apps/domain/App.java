package io.brandcloud.provisioning.apps.domain;

import io.brandcloud.provisioning.servers.domain.UserData;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Validation;
import io.brandcloud.shared.templates.TextTemplate;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A one-click app: a name, a description, a logo, and a cloud-init template (a cloud-config or a
 * script) naming only the app's fields, each filled by the customer when ordering. Checked when
 * built, so a template that would fail is refused when staff save it.
 */
public record App(
    long id,
    String name,
    String description,
    String logoUrl,
    List<AppField> fields,
    String template)
    implements Serializable {

  public static final int MAX_NAME = 60;
  public static final int MAX_DESCRIPTION = 500;
  public static final int MAX_FIELDS = 10;
  static final int MAX_LOGO_URL = 500;
  static final int MAX_ANSWER = 200;
  // the rendered answer goes into YAML or a shell script: a quote, a backslash, a dollar or a
  // backtick could end the string it is written in
  private static final Pattern SAFE_ANSWER =
      Pattern.compile("[^\"'\\\\$`\\p{Cc}\\p{Zl}\\p{Zp}]*", Pattern.UNICODE_CHARACTER_CLASS);

  public App {
    name = Validation.requireText("name", name, MAX_NAME).strip();
    description = Validation.requireText("description", description, MAX_DESCRIPTION).strip();
    logoUrl = logo(logoUrl);
    fields = List.copyOf(fields == null ? List.of() : fields);
    if (fields.size() > MAX_FIELDS) {
      throw BrandcloudException.invalid("fields", "An app asks at most " + MAX_FIELDS + " fields");
    }
    if (new HashSet<>(fields.stream().map(AppField::key).toList()).size() != fields.size()) {
      throw BrandcloudException.invalid("fields", "Each field's key is used once");
    }
    Validation.requireLines("template", template, UserData.MAX_BYTES);
    int bytes = template.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > UserData.MAX_BYTES) {
      throw BrandcloudException.invalid(
          "template",
          "The template is at most " + UserData.MAX_BYTES + " bytes; this is " + bytes + " bytes");
    }
    if (!template.startsWith("#cloud-config") && !template.startsWith("#!")) {
      throw BrandcloudException.invalid(
          "template", "The template is a cloud-config (#cloud-config) or a script (#!)");
    }
    compiled(template, fields);
  }

  /** Fields as staff type them, one a line ({@code key: label}). */
  public static List<AppField> fieldsOf(String lines) {
    if (lines == null) {
      return List.of();
    }
    List<AppField> fields = new ArrayList<>();
    for (String line : lines.split("\\R")) {
      if (!line.isBlank()) {
        fields.add(AppField.ofLine(line));
      }
    }
    return fields;
  }

  /** The fields one a line, as {@link #fieldsOf} reads them. */
  public String fieldLines() {
    return fields.stream().map(AppField::line).collect(Collectors.joining("\n"));
  }

  /**
   * The user data for a server: the template with the customer's {@code answers}, each field
   * answered in one line without quotes, backslashes, dollars or backticks.
   */
  public String userData(Map<String, String> answers) {
    Map<String, String> values = new LinkedHashMap<>();
    for (AppField field : fields) {
      String answer = answers == null ? null : answers.get(field.key());
      if (answer == null || answer.isBlank()) {
        throw BrandcloudException.invalid("appFields", field.label() + " is required");
      }
      String value = answer.strip();
      if (value.length() > MAX_ANSWER || !SAFE_ANSWER.matcher(value).matches()) {
        throw BrandcloudException.invalid(
            "appFields",
            field.label()
                + " is one line of at most "
                + MAX_ANSWER
                + " characters without quotes, backslashes, $ or `");
      }
      values.put(field.key(), value);
    }
    if (answers != null && !values.keySet().containsAll(answers.keySet())) {
      throw BrandcloudException.invalid(
          "appFields",
          name
              + " asks for "
              + (fields.isEmpty()
                  ? "nothing"
                  : fields.stream().map(AppField::key).collect(Collectors.joining(", "))));
    }
    try {
      return UserData.require(compiled(template, fields).render(values));
    } catch (BrandcloudException e) {
      throw BrandcloudException.invalid("appFields", e.getMessage());
    }
  }

  private static TextTemplate compiled(String template, List<AppField> fields) {
    return TextTemplate.compile(
        "template",
        "app",
        template,
        fields.stream().map(AppField::key).toList(),
        "the app's fields are");
  }

  private static String logo(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String value = url.strip();
    try {
      URI uri = new URI(value);
      if (!"https".equalsIgnoreCase(uri.getScheme())
          || uri.getHost() == null
          || uri.getUserInfo() != null
          || value.length() > MAX_LOGO_URL) {
        throw BrandcloudException.invalid(
            "logoUrl",
            "The logo is an https:// address of at most " + MAX_LOGO_URL + " characters");
      }
    } catch (URISyntaxException e) {
      throw BrandcloudException.invalid(
          "logoUrl", "The logo address is not valid: " + e.getReason());
    }
    return value;
  }
}
