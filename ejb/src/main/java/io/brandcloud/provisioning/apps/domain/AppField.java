package io.brandcloud.provisioning.apps.domain;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Validation;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * What an app asks the customer: {@code key} is how its template names the answer ({@code
 * {{site_name}}}), {@code label} what the order form shows.
 */
public record AppField(String key, String label) implements Serializable {

  static final int MAX_LABEL = 60;
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,31}");

  public AppField {
    if (key == null || !KEY.matcher(key).matches()) {
      throw BrandcloudException.invalid(
          "fields",
          "A field's key has 1 to 32 lower-case letters, digits or underscores and starts with a"
              + " letter, e.g. site_name");
    }
    label = Validation.requireText("fields", label, MAX_LABEL).strip();
  }

  /** A line as staff type it: {@code site_name: Your site's name}. */
  static AppField ofLine(String line) {
    int colon = line.indexOf(':');
    if (colon < 0) {
      throw BrandcloudException.invalid(
          "fields",
          "Write each field as its key, a colon and its label, e.g. site_name: Site name");
    }
    return new AppField(line.substring(0, colon).strip(), line.substring(colon + 1));
  }

  String line() {
    return key + ": " + label;
  }
}
