package io.brandcloud.contracts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A vendor's API as a contract: a WireMock server answers the client with responses shaped after
 * the vendor's own examples, and every request the client sent is validated against the vendor's
 * OpenAPI document in {@code shared/contracts/specs} (system property {@code contracts.dir}), or
 * the document of its path where a vendor publishes several. A request the document rejects fails
 * the test, as does a request nothing was stubbed for. The documents are required: without them the
 * test fails rather than passing untested.
 */
public final class VendorContract implements AutoCloseable {

  public static final String TOKEN = "contract-test-token";
  private static final Map<String, OpenApiInteractionValidator> VALIDATORS =
      new ConcurrentHashMap<>();

  private final WireMockServer server = new WireMockServer(options().dynamicPort());
  private final Map<String, OpenApiInteractionValidator> validatorsByPrefix = new LinkedHashMap<>();
  private final Map<String, String> authorizationByPath = new HashMap<>();
  private Function<LoggedRequest, SimpleRequest> asValidated = VendorContract::asValidated;
  private String authorization = "Bearer " + TOKEN;

  /**
   * @param spec the file name in the contracts directory
   * @param ignored validation keys that the document gets wrong, each with its reason at the call
   */
  public VendorContract(String spec, String... ignored) {
    this(Map.of("/", spec), ignored);
  }

  /**
   * @param specsByPathPrefix the document each path prefix is checked against (the longest prefix
   *     that matches)
   */
  public VendorContract(Map<String, String> specsByPathPrefix, String... ignored) {
    specsByPathPrefix.entrySet().stream()
        .sorted(Map.Entry.<String, String>comparingByKey().reversed())
        .forEach(
            route ->
                validatorsByPrefix.put(
                    route.getKey(),
                    VALIDATORS.computeIfAbsent(
                        route.getValue() + String.join(",", ignored),
                        key -> load(specFile(route.getValue()), ignored))));
    server.start();
  }

  /** A document made for the test (a trimmed copy of one in the contracts directory). */
  public VendorContract(Path derivedSpec, String... ignored) {
    validatorsByPrefix.put(
        "/",
        VALIDATORS.computeIfAbsent(
            derivedSpec + String.join(",", ignored), key -> load(derivedSpec, ignored)));
    server.start();
  }

  /**
   * A call that is in none of the vendor's documents (an OAuth token endpoint): it is answered and
   * its {@code Authorization} header checked, but not validated.
   */
  public VendorContract outsideTheDocuments(String path, String authorization) {
    authorizationByPath.put(path, authorization);
    return this;
  }

  /** A vendor whose API takes no credentials (VIES): its requests must carry none. */
  public VendorContract anonymous() {
    authorization = null;
    return this;
  }

  /** How a recorded request is put to the validator, for bodies it cannot read as they are. */
  public VendorContract validatedAs(Function<LoggedRequest, SimpleRequest> adapter) {
    this.asValidated = adapter;
    return this;
  }

  public ProviderAccount account(String tenantTag) {
    return new ProviderAccount(1, server.baseUrl(), TOKEN, tenantTag);
  }

  public URI base() {
    return URI.create(server.baseUrl());
  }

  /** Answers {@code method path} (the query is not matched) with a status and a JSON body. */
  public VendorContract answer(String method, String path, int status, String json) {
    server.stubFor(
        request(method, urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(json == null ? "" : json)));
    return this;
  }

  public VendorContract answer(
      String method, String path, int status, String json, String header, String value) {
    server.stubFor(
        request(method, urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withHeader(header, value)
                    .withBody(json == null ? "" : json)));
    return this;
  }

  public void reset() {
    server.resetAll();
  }

  /** Every request sent so far, as {@code METHOD /path?query}. */
  public List<String> sent() {
    return server.getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .map(r -> r.getMethod().getName() + " " + r.getUrl())
        .toList();
  }

  public LoggedRequest last(String method, String path) {
    return server.getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .filter(r -> r.getMethod().getName().equals(method))
        .filter(r -> URI.create(r.getUrl()).getPath().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + method + " " + path + " was sent"));
  }

  /**
   * Fails unless every request was stubbed, carried the token and matches the vendor's document.
   */
  public void assertEveryRequestMatchesTheSpec() {
    assertThat(server.findAllUnmatchedRequests())
        .as("requests nothing answered")
        .extracting(r -> r.getMethod().getName() + " " + r.getUrl())
        .isEmpty();
    List<String> problems = new ArrayList<>();
    for (ServeEvent event : server.getAllServeEvents()) {
      LoggedRequest sent = event.getRequest();
      String path = URI.create(sent.getUrl()).getPath();
      if (authorizationByPath.containsKey(path)) {
        assertThat(sent.getHeader("Authorization")).isEqualTo(authorizationByPath.get(path));
        continue;
      }
      assertThat(sent.getHeader("Authorization")).isEqualTo(authorization);
      ValidationReport report = validatorOf(path).validateRequest(asValidated.apply(sent));
      report.getMessages().stream()
          .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
          .forEach(
              m ->
                  problems.add(
                      sent.getMethod().getName()
                          + " "
                          + sent.getUrl()
                          + ": "
                          + m.getKey()
                          + " "
                          + m.getMessage()
                          + nested(m.getNestedMessages())));
    }
    assertThat(problems).as("requests the vendor's document rejects").isEmpty();
    assertThat(server.getAllServeEvents()).as("requests checked").isNotEmpty();
  }

  private static String nested(List<ValidationReport.Message> messages) {
    StringBuilder text = new StringBuilder();
    for (ValidationReport.Message message : messages) {
      text.append(" [")
          .append(message.getMessage())
          .append(nested(message.getNestedMessages()))
          .append("]");
    }
    return text.toString();
  }

  private OpenApiInteractionValidator validatorOf(String path) {
    return validatorsByPrefix.entrySet().stream()
        .filter(route -> path.startsWith(route.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No vendor document covers " + path));
  }

  /** A recorded request as the validator reads it: method, path, headers, query and body. */
  public static SimpleRequest asValidated(LoggedRequest sent) {
    URI url = URI.create(sent.getUrl());
    SimpleRequest.Builder request =
        new SimpleRequest.Builder(sent.getMethod().getName(), url.getRawPath());
    for (HttpHeader header : sent.getHeaders().all()) {
      request.withHeader(header.key(), header.values());
    }
    sent.getQueryParams().forEach((name, values) -> request.withQueryParam(name, values.values()));
    if (sent.getBody() != null && sent.getBody().length > 0) {
      request.withBody(sent.getBodyAsString());
    }
    return request.build();
  }

  /** A document in the contracts directory. */
  public static Path specFile(String spec) {
    return Path.of(System.getProperty("contracts.dir", "../../shared/contracts/specs"), spec);
  }

  private static OpenApiInteractionValidator load(Path file, String... ignored) {
    if (!Files.isReadable(file)) {
      throw new IllegalStateException(
          "The vendor's API document "
              + file.toAbsolutePath()
              + " is missing: the provider clients are tested against shared/contracts/specs"
              + " (set -Dcontracts.dir=… where it is elsewhere)");
    }
    // the validator would add additionalProperties:false to every schema that does not say; only
    // what the vendor's document itself says is checked (it still refuses explicit extras)
    LevelResolver.Builder levels =
        LevelResolver.create()
            .withLevel("validation.response", ValidationReport.Level.IGNORE)
            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE);
    for (String key : ignored) {
      levels.withLevel(key, ValidationReport.Level.IGNORE);
    }
    return OpenApiInteractionValidator.createForSpecificationUrl(file.toUri().toString())
        .withLevelResolver(levels.build())
        .build();
  }

  @Override
  public void close() {
    server.stop();
  }
}
