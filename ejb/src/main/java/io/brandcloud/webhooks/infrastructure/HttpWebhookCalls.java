package io.brandcloud.webhooks.infrastructure;

import io.brandcloud.shared.Failures;
import io.brandcloud.shared.OutboundRefusal;
import io.brandcloud.shared.PinnedHttp;
import io.brandcloud.webhooks.domain.WebhookCall;
import io.brandcloud.webhooks.domain.WebhookCalls;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Posts deliveries over {@code java.net.http} to the address the receiver's name resolved to when
 * it was checked ({@link PinnedHttp}): never to a private network unless the operator allows it,
 * never following a redirect. What the receiver answers is not read beyond its status.
 */
@ApplicationScoped
public class HttpWebhookCalls implements WebhookCalls {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

  @Override
  public WebhookCall.Outcome post(WebhookCall call) {
    long started = System.nanoTime();
    try {
      PinnedHttp.Target target = PinnedHttp.target(URI.create(call.url()));
      HttpRequest.Builder request =
          PinnedHttp.request(target)
              .timeout(ANSWER_TIMEOUT)
              .POST(HttpRequest.BodyPublishers.ofString(call.body()));
      call.headers().forEach(request::header);
      HttpResponse<Void> response =
          PinnedHttp.client(target, CONNECT_TIMEOUT)
              .send(request.build(), HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return new WebhookCall.Outcome(
          status, status >= 200 && status < 300 ? null : "HTTP " + status, millisSince(started));
    } catch (OutboundRefusal e) {
      return new WebhookCall.Outcome(null, e.getMessage(), millisSince(started));
    } catch (HttpTimeoutException e) {
      return new WebhookCall.Outcome(
          null, "No answer within " + ANSWER_TIMEOUT.toSeconds() + " s", millisSince(started));
    } catch (ConnectException e) {
      // the client reports a refused or unreachable address without a message of its own
      return new WebhookCall.Outcome(null, "Could not connect", millisSince(started));
    } catch (IOException | IllegalArgumentException e) {
      return new WebhookCall.Outcome(null, Failures.describe(e), millisSince(started));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new WebhookCall.Outcome(null, "Interrupted", millisSince(started));
    }
  }

  private static long millisSince(long started) {
    return Duration.ofNanos(System.nanoTime() - started).toMillis();
  }
}
