package io.brandcloud.activity.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One thing that happened in an organisation.
 *
 * @param id the id of the record it was read from, unique within its kind
 * @param by whether one of the shop's users did it (a member, then named in {@code actor}), the
 *     shop's staff, or the panel itself (a job, a rule)
 * @param actor the member's name where {@code by} is a member, null otherwise
 * @param subject what it concerned: a server's host name, a key's name, the member who joined,
 *     changed role or was removed, the address invited; null for a login and a payment
 * @param detail a server action's type ({@code REBOOT}), a member's new role ({@code VIEWER})
 * @param outcome how a server action ({@code SUCCEEDED}) or a payment ({@code PENDING}) stands
 * @param amount a payment's amount, null otherwise
 * @param currency a payment's currency, null otherwise
 */
public record ActivityEntry(
    long id,
    Instant at,
    ActivityKind kind,
    Actor by,
    String actor,
    String subject,
    String detail,
    String outcome,
    BigDecimal amount,
    String currency) {

  /** Who did it. */
  public enum Actor {
    MEMBER,
    STAFF,
    PANEL
  }
}
