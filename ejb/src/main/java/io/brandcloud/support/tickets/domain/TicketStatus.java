package io.brandcloud.support.tickets.domain;

import io.brandcloud.shared.BrandcloudException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a ticket stands: new and unanswered, waiting for one side, or closed. A reply moves it to
 * waiting for the other side; a customer's reply reopens a closed ticket.
 */
public enum TicketStatus {
  OPEN,
  WAITING_FOR_CUSTOMER,
  WAITING_FOR_STAFF,
  CLOSED;

  /** Whether staff owe an answer, the states whose age the queue shows. */
  public boolean staffOwesAnswer() {
    return this == OPEN || this == WAITING_FOR_STAFF;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TicketStatus parse(String field, String text) {
    String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(s -> s.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                BrandcloudException.invalid(
                    field, field + " is open, waiting_for_customer, waiting_for_staff or closed"));
  }
}
