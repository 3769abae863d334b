package io.brandcloud.payments.infrastructure.stripe;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.StripeException;
import com.stripe.net.HttpContent;
import com.stripe.net.HttpHeaders;
import com.stripe.net.StripeRequest;
import com.stripe.net.StripeResponse;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The Stripe SDK's transport over {@code java.net.http} instead of its {@code HttpURLConnection}
 * one, which follows redirects: an answer can never send a request, and its secret key, anywhere
 * but where the account says. A failure to connect says nothing of its cause.
 */
final class StripeHttp extends com.stripe.net.HttpClient {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  static final String UNREACHABLE = "could not reach the gateway";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .proxy(HttpClient.Builder.NO_PROXY)
          .build();

  @Override
  public StripeResponse request(StripeRequest request) throws StripeException {
    HttpRequest.Builder call;
    try {
      call = HttpRequest.newBuilder(request.url().toURI()).timeout(CALL_TIMEOUT);
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new ApiConnectionException("Not an address Stripe answers at");
    }
    request.headers().map().forEach((name, values) -> values.forEach(v -> call.header(name, v)));
    call.header("User-Agent", buildUserAgentString(request));
    call.header("X-Stripe-Client-User-Agent", buildXStripeClientUserAgentString());
    HttpContent content = request.content();
    if (content == null) {
      call.method(request.method().name(), BodyPublishers.noBody());
    } else {
      if (request.headers().firstValue("Content-Type").isEmpty()) {
        call.header("Content-Type", content.contentType());
      }
      call.method(request.method().name(), BodyPublishers.ofByteArray(content.byteArrayContent()));
    }
    try {
      HttpResponse<String> answer =
          HTTP.send(call.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new StripeResponse(
          answer.statusCode(), HttpHeaders.of(answer.headers().map()), answer.body());
    } catch (IOException e) {
      throw new ApiConnectionException(UNREACHABLE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException("interrupted while waiting for Stripe");
    }
  }
}
