package io.brandcloud.support.tickets.domain;

import io.brandcloud.shared.BrandcloudException;
import java.util.Arrays;
import java.util.Locale;

/** How soon a ticket should be answered; customers choose it, staff may change it. */
public enum TicketPriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Normal when left out; anything else must be one of the four. */
  public static TicketPriority parseOrNormal(String text) {
    if (text == null || text.isBlank()) {
      return NORMAL;
    }
    String wanted = text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(p -> p.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                BrandcloudException.invalid("priority", "priority is low, normal, high or urgent"));
  }
}
