package io.brandcloud.payments.testgateway;

import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Posts the test gateway's signed events to the tenant's webhook endpoint on this node, in the
 * background and again after a failure (after 1, 5 and 30 seconds), as a gateway does: the panel
 * must cope with them arriving late, twice, or before the customer is back.
 */
@ApplicationScoped
public class TestGatewayWebhooks {

  private static final Logger LOG = Logger.getLogger(TestGatewayWebhooks.class);
  private static final long[] RETRY_SECONDS = {1, 5, 30};

  @Inject ApplicationClock clock;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .proxy(HttpClient.Builder.NO_PROXY)
          .build();

  /** Sends the event to the current tenant's test webhook; never blocks the caller. */
  public void send(String secret, String event) {
    URI target = endpoint(CurrentTenant.require().slug());
    deliver(target, secret, event, 0);
  }

  /** The tenant's webhook on this node's own HTTP listener. */
  static URI endpoint(String slug) {
    int port =
        Integer.getInteger("jboss.http.port", 8080)
            + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    return URI.create("http://127.0.0.1:" + port + "/t/" + slug + "/api/v1/webhooks/test");
  }

  private void deliver(URI target, String secret, String event, int attempt) {
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header(
                TestGatewaySignature.HEADER, TestGatewaySignature.sign(secret, clock.now(), event))
            .POST(HttpRequest.BodyPublishers.ofString(event))
            .build();
    http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle(
            (response, failure) -> {
              boolean delivered = failure == null && response.statusCode() / 100 == 2;
              if (!delivered && attempt < RETRY_SECONDS.length) {
                CompletableFuture.delayedExecutor(RETRY_SECONDS[attempt], TimeUnit.SECONDS)
                    .execute(() -> deliver(target, secret, event, attempt + 1));
              } else if (!delivered) {
                LOG.warnf(
                    "The test gateway gave up on an event to %s: %s",
                    target, failure != null ? failure : "HTTP " + response.statusCode());
              }
              return null;
            });
  }
}
