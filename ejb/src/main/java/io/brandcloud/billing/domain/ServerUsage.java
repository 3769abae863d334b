package io.brandcloud.billing.domain;

import io.brandcloud.shared.Money;

/**
 * One server's charged hours in an invoice period, unrounded: the server itself on its plan, or
 * what it had besides (its snapshots, a volume, an extra address).
 *
 * @param line what the invoice's line says, {@link LedgerWording#SERVER_LINE} and the like
 * @param detail the plan's name, the volume's name or the address; null for the snapshots
 */
public record ServerUsage(
    long serverId, String hostname, LedgerWording line, String detail, int hours, Money amount) {

  /** The server itself, on its plan. */
  public ServerUsage(long serverId, String hostname, String planName, int hours, Money amount) {
    this(serverId, hostname, LedgerWording.SERVER_LINE, planName, hours, amount);
  }

  /** The line's text, e.g. {@code web-1 (Small), 744 h}. */
  public LedgerText text() {
    String counted = Integer.toString(hours);
    return detail == null ? line.with(hostname, counted) : line.with(hostname, detail, counted);
  }
}
