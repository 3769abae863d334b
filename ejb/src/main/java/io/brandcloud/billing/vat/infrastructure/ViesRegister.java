package io.brandcloud.billing.vat.infrastructure;

import io.brandcloud.billing.vat.domain.VatNumber;
import io.brandcloud.billing.vat.domain.VatRegister;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.VendorEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Commission's VIES over its REST API ({@code POST /check-vat-number}), at {@code
 * BRANDCLOUD_VIES_API}: the Commission's own address unless an operator points elsewhere, as the
 * tests do with a stand-in (another address only where the operator allows private hosts, as for
 * every vendor). VIES answers its errors as {@code errorWrappers}, with a 200 or another status;
 * all but a malformed number and a refused requester mean "ask again later".
 */
@ApplicationScoped
public class ViesRegister implements VatRegister {

  static final String VARIABLE = "BRANDCLOUD_VIES_API";
  static final String DEFAULT_BASE = "https://ec.europa.eu/taxation_customs/vies/rest-api";
  private static final VendorEndpoint VIES = new VendorEndpoint("VIES", List.of("ec.europa.eu"));
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);
  private static final String NOT_TOLD = "---";
  private static final Set<String> MALFORMED = Set.of("INVALID_INPUT");
  private static final Set<String> REQUESTER_REFUSED = Set.of("INVALID_REQUESTER_INFO");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final URI checkAddress;

  public ViesRegister() {
    this(
        Optional.ofNullable(System.getenv(VARIABLE))
            .filter(v -> !v.isBlank())
            .orElse(DEFAULT_BASE));
  }

  ViesRegister(String base) {
    String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.checkAddress = URI.create(trimmed + "/check-vat-number");
  }

  @Override
  public Answer check(VatNumber number, Optional<VatNumber> requester) {
    if (!VIES.owns(checkAddress) && !VIES.takesOtherAddresses()) {
      throw new Unavailable(
          "VIES is reached only at its own address, https://ec.europa.eu, and "
              + VARIABLE
              + " names another");
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("countryCode", number.memberState())
            .add("vatNumber", number.number());
    requester.ifPresent(
        r ->
            body.add("requesterMemberStateCode", r.memberState())
                .add("requesterNumber", r.number()));
    HttpResponse<String> response = send(body.build().toString());
    JsonObject answer = json(response);
    Optional<String> error = errorCode(answer);
    if (error.isPresent()) {
      String code = error.get();
      if (MALFORMED.contains(code)) {
        return new Answer(false, Instant.now(), null, null, null);
      }
      if (REQUESTER_REFUSED.contains(code)) {
        throw new RequesterRefused("VIES refused the seller's own VAT number (" + code + ")");
      }
      throw new Unavailable("VIES could not answer: " + code);
    }
    if (response.statusCode() != 200 || !answer.containsKey("valid")) {
      throw new Unavailable(
          "VIES answered " + response.statusCode() + ": " + PlainText.cut(response.body(), 200));
    }
    return new Answer(
        answer.getBoolean("valid"),
        requestDate(answer),
        told(answer, "requestIdentifier"),
        told(answer, "name"),
        told(answer, "address"));
  }

  private HttpResponse<String> send(String body) {
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(checkAddress)
              .timeout(CALL_TIMEOUT)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new Unavailable("VIES did not answer within 20 s");
    } catch (IOException e) {
      throw new Unavailable("VIES could not be reached: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("Interrupted while asking VIES");
    }
  }

  private static JsonObject json(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body().strip();
    if (!body.startsWith("{")) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException e) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  private static Optional<String> errorCode(JsonObject answer) {
    if (!answer.containsKey("errorWrappers")
        || answer.get("errorWrappers").getValueType() != JsonValue.ValueType.ARRAY) {
      return Optional.empty();
    }
    return answer.getJsonArray("errorWrappers").stream()
        .filter(e -> e.getValueType() == JsonValue.ValueType.OBJECT)
        .map(JsonValue::asJsonObject)
        .map(e -> e.getString("error", "UNKNOWN"))
        .findFirst()
        .or(
            () ->
                answer.getBoolean("actionSucceed", true)
                    ? Optional.empty()
                    : Optional.of("UNKNOWN"));
  }

  private static Instant requestDate(JsonObject answer) {
    try {
      return OffsetDateTime.parse(answer.getString("requestDate")).toInstant();
    } catch (RuntimeException e) {
      return Instant.now();
    }
  }

  /** A field the member state tells; VIES writes "---" for what it keeps to itself. */
  private static String told(JsonObject answer, String field) {
    if (!answer.containsKey(field) || answer.isNull(field)) {
      return null;
    }
    String value = answer.getString(field, "").strip();
    return value.isEmpty() || value.equals(NOT_TOLD) ? null : value;
  }
}
