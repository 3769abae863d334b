package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.LedgerLine;
import java.time.Instant;

/** The server and the hour a usage charge paid for (only on usage charges). */
public record ApiUsage(String hostname, Instant periodStart, Instant periodEnd) {
  static ApiUsage of(LedgerLine line) {
    return line.usage() == null
        ? null
        : new ApiUsage(line.usage().hostname(), line.usage().periodStart(), line.usageEnd());
  }
}
