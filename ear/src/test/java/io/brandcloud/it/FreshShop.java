package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * A new tenant made the way an operator makes one, for client-side tests: created over the platform
 * API, its admin logged in after choosing a password, and helpers that add staff and customers who
 * confirm their address from the mail they receive.
 */
public final class FreshShop {

  public final String slug;

  /** The shop's first admin over the API (Basic credentials). */
  public final Http admin;

  private final Http http;

  private FreshShop(Http http, String slug, Http admin) {
    this.http = http;
    this.slug = slug;
    this.admin = admin;
  }

  /** A shop whose slug starts with {@code prefix}, billing in {@code currency}. */
  public static FreshShop open(Http http, String prefix, String currency) {
    String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        http.as("operator@brandcloud.local", "it-operator-password")
            .post(
                "api/platform/v1/tenants",
                """
                {"slug":"%s","name":"Shop %s","currency":"%s","timeZone":"UTC",
                 "productName":"Shop Cloud","primaryColor":"#0b7285","domains":[],
                 "adminEmail":"%s"}
                """
                    .formatted(slug, slug, currency, adminEmail(slug)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Http admin =
        http.as(
            adminEmail(slug),
            Http.chooseOwnPassword(
                http.base(),
                slug,
                adminEmail(slug),
                Http.json(created.body()).getString("adminOneTimePassword")));
    return new FreshShop(http, slug, admin);
  }

  static String adminEmail(String slug) {
    return "admin@" + slug + ".test";
  }

  /** The first admin's address; their password is {@link Http#OWN_STAFF_PASSWORD}. */
  public String adminEmail() {
    return adminEmail(slug);
  }

  /** The tenant API path for {@code path}, such as {@code /tickets}. */
  String api(String path) {
    return "t/" + slug + "/api/v1" + path;
  }

  /** Registers {@code email}, confirms it with the code mailed to it, and logs in. */
  Http confirmedCustomer(Mailbox smtp, String email, String password) {
    http.post(
        api("/account/registrations"),
        "{\"email\":\"" + email + "\",\"name\":\"Buyer\",\"password\":\"" + password + "\"}");
    String code =
        Mailbox.match(
            smtp.awaitMailTo(email, "confirm your e-mail address"),
            "confirmation page: ([0-9]{6})");
    http.post(
        api("/account/verifications"), "{\"email\":\"" + email + "\",\"code\":\"" + code + "\"}");
    return http.as(email, password);
  }

  /** Adds a staff member in {@code role} and logs them in after they choose a password. */
  Http staffMember(String email, String name, String role) {
    HttpResponse<String> added =
        admin.post(
            api("/admin/staff"),
            "{\"email\":\"%s\",\"name\":\"%s\",\"role\":\"%s\"}".formatted(email, name, role));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    return http.as(
        email,
        Http.chooseOwnPassword(
            http.base(), slug, email, Http.json(added.body()).getString("oneTimePassword")));
  }

  long staffId(String email) {
    JsonArray staff = Http.jsonArray(admin.get(api("/admin/staff")).body());
    return staff.stream()
        .map(JsonObject.class::cast)
        .filter(s -> s.getString("email").equals(email))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  /** The id of the only customer organisation so far. */
  long onlyOrganisation() {
    JsonArray customers =
        Http.json(admin.get(api("/admin/customers?limit=100")).body()).getJsonArray("data");
    assertThat(customers).hasSize(1);
    return customers.getJsonObject(0).getJsonNumber("id").longValue();
  }
}
