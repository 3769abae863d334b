package io.brandcloud.support.tickets.domain;

import io.brandcloud.shared.BrandcloudException;
import java.util.Optional;

/**
 * Which tickets staff want to see; each part left empty matches all.
 *
 * @param open only tickets not closed (ignored when {@code status} is set)
 * @param unassigned only tickets nobody has (ignored when {@code assigneeId} is set)
 */
public record TicketFilter(
    Optional<TicketStatus> status,
    boolean open,
    Optional<Long> departmentId,
    Optional<Long> assigneeId,
    boolean unassigned,
    Optional<Long> organisationId) {

  /** Not a ticket's status: every ticket not closed ("open" is one, a new or answered ticket). */
  public static final String NOT_CLOSED = "not-closed";

  public static final String ALL = "all";

  /**
   * The queue's filters as its page and the export name them: {@code status} {@value #NOT_CLOSED}
   * (also when blank), {@value #ALL} or a ticket status; {@code assignee} blank for anyone, {@code
   * me} (the staff member {@code me}), {@code none} or a staff member's id.
   */
  public static TicketFilter of(String status, Long departmentId, String assignee, Long me) {
    String chosen = status == null || status.isBlank() ? NOT_CLOSED : status.strip();
    boolean open = NOT_CLOSED.equals(chosen);
    Optional<TicketStatus> exact =
        open || ALL.equals(chosen)
            ? Optional.empty()
            : Optional.of(TicketStatus.parse("status", chosen));
    String who = assignee == null ? "" : assignee.strip();
    Optional<Long> assigneeId =
        switch (who) {
          case "", "none" -> Optional.empty();
          case "me" -> Optional.ofNullable(me);
          default -> Optional.of(staffId(who));
        };
    return new TicketFilter(
        exact,
        open,
        Optional.ofNullable(departmentId),
        assigneeId,
        "none".equals(who),
        Optional.empty());
  }

  private static long staffId(String text) {
    if (text.length() < 19 && !text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
      return Long.parseLong(text);
    }
    throw BrandcloudException.invalid("assignee", "assignee is me, none or a staff member's id");
  }

  /** Every ticket not closed, the queue's default. */
  public static TicketFilter openTickets() {
    return new TicketFilter(
        Optional.empty(), true, Optional.empty(), Optional.empty(), false, Optional.empty());
  }
}
