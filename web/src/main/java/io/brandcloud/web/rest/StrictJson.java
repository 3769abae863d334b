package io.brandcloud.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON-B: a field the call does not know is an error (Yasson's switch), so a misspelt
 * field never silently does nothing; numbers and booleans of the wrong form are errors too (see
 * {@link StrictNumbers}), so {@code 1.5} hours never become one.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .setProperty("jsonb.fail-on-unknown-properties", true)
              .withDeserializers(
                  new StrictNumbers.Amounts(),
                  new StrictNumbers.Longs(),
                  new StrictNumbers.Integers(),
                  new StrictNumbers.Booleans()));

  public static Jsonb jsonb() {
    return JSONB;
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
