package io.brandcloud.payments.infrastructure.paypal;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one account's webhook endpoint may make the panel ask PayPal to verify a delivery: an
 * anonymous sender of forged deliveries must not turn the panel into a caller of PayPal in the
 * tenant's name. Counted per node and minute; past the budget a delivery answers 429, which PayPal
 * itself retries later.
 */
final class VerificationBudget {

  static final int PER_MINUTE = 120;
  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final int MAX_ACCOUNTS = 10_000;

  private record Window(Instant start, int used) {}

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  /** Takes one call from {@code account}'s budget, or refuses with the seconds to wait. */
  void take(String account, Instant now) {
    if (windows.size() > MAX_ACCOUNTS) {
      windows.clear();
    }
    Window window =
        windows.compute(
            account,
            (key, current) ->
                current == null || !now.isBefore(current.start().plus(WINDOW))
                    ? new Window(now, 1)
                    : new Window(current.start(), current.used() + 1));
    if (window.used() > PER_MINUTE) {
      long wait = Math.max(1, Duration.between(now, window.start().plus(WINDOW)).toSeconds());
      throw new BrandcloudException(
          ErrorCode.RATE_LIMITED,
          Map.<String, Object>of(BrandcloudException.RETRY_AFTER_SECONDS, wait),
          wait);
    }
  }
}
