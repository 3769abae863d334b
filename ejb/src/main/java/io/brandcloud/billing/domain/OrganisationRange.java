package io.brandcloud.billing.domain;

/** Organisations with {@code from <= id < to}. */
public record OrganisationRange(long from, long to) {
  public static final OrganisationRange ALL = new OrganisationRange(Long.MIN_VALUE, Long.MAX_VALUE);
}
