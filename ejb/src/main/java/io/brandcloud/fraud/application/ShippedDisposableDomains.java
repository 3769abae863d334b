package io.brandcloud.fraud.application;

import io.brandcloud.fraud.domain.DisposableDomains;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The disposable mail domains shipped with the build (the npm package {@code
 * disposable-email-domains-js}, CC0, which carries the community-kept disposable-email-domains
 * list), read once.
 */
@ApplicationScoped
public class ShippedDisposableDomains {

  static final String RESOURCE =
      "/io/brandcloud/fraud/disposable-domains/dist/dict/disposable_email_blocklist.json";

  private volatile DisposableDomains domains;

  public DisposableDomains domains() {
    DisposableDomains loaded = domains;
    if (loaded == null) {
      loaded = load();
      domains = loaded;
    }
    return loaded;
  }

  static DisposableDomains load() {
    try (InputStream in = ShippedDisposableDomains.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The shipped list " + RESOURCE + " is missing");
      }
      try (JsonReader reader = Json.createReader(in)) {
        Set<String> names =
            reader.readArray().getValuesAs(JsonString.class).stream()
                .map(s -> s.getString().trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        return new DisposableDomains(names);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
