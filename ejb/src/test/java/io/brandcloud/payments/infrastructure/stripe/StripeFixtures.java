package io.brandcloud.payments.infrastructure.stripe;

import io.brandcloud.contracts.VendorContract;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.UnaryOperator;

/** Stripe's own example objects (fixtures3 of 2023-08-16), changed where a test needs it. */
final class StripeFixtures {

  private static JsonObject resources;

  private StripeFixtures() {}

  static synchronized JsonObject resource(String name) {
    if (resources == null) {
      try (JsonReader reader =
          Json.createReader(
              Files.newBufferedReader(
                  VendorContract.specFile("stripe-fixtures3-2023-08-16.json")))) {
        resources = reader.readObject().getJsonObject("resources");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return resources.getJsonObject(name);
  }

  /** The example object of {@code name} with some fields set. */
  static String with(String name, UnaryOperator<JsonObjectBuilder> change) {
    return change.apply(Json.createObjectBuilder(resource(name))).build().toString();
  }
}
