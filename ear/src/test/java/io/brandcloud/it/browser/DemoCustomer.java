package io.brandcloud.it.browser;

import io.brandcloud.it.Http;
import jakarta.json.JsonObject;

/** The Acme demo shop's customer, as the browser tests that act on it from the API find it. */
final class DemoCustomer {

  static final String EMAIL = "customer@acme.example";

  private DemoCustomer() {}

  /** The demo customer's organisation, found by the Acme admin's API login. */
  static long id(Http admin) {
    return Http.json(admin.get("t/acme/api/v1/admin/customers?limit=100").body())
        .getJsonArray("data")
        .stream()
        .map(JsonObject.class::cast)
        .filter(c -> c.getString("email").equals(EMAIL))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }
}
