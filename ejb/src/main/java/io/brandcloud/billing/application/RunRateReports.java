package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.billing.domain.RunRateFigures;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Monthly recurring revenue, its movements and cohorts, for staff with billing rights. */
@Stateless
public class RunRateReports {

  /** The most months one report covers: ten years. */
  public static final int MAX_MONTHS = 120;

  @Inject RunRateFigures figures;
  @Inject ApplicationClock clock;

  /** From {@code from} to {@code to}, both included; the last twelve months when both are null. */
  public RunRateReport between(YearMonth from, YearMonth to) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    TenantContext tenant = CurrentTenant.require();
    ZoneId zone = tenant.timeZone();
    Instant now = clock.now();
    YearMonth current = YearMonth.from(now.atZone(zone));
    YearMonth last = to == null ? current : to;
    YearMonth first = from == null ? last.minusMonths(11) : from;
    if (last.isAfter(current)) {
      throw BrandcloudException.invalid("to", "A month still to come has no run rate yet");
    }
    if (first.isAfter(last)) {
      throw BrandcloudException.invalid("from", "from is after to");
    }
    if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
      throw BrandcloudException.invalid(
          "from", "A report covers at most " + MAX_MONTHS + " months");
    }
    // read up to now, not the report's end: a term booked late still belongs to its own months
    return RunRate.of(
        first,
        last,
        now,
        zone,
        new RunRate.Figures(
            figures.usage(zone, now),
            figures.chargedUpTo(),
            figures.terms(now),
            figures.termsGivenBack(zone, now),
            figures.firstPayments(zone, now)),
        tenant.currency());
  }

  /** A month as {@code 2027-01}; null when nothing is given. */
  public static YearMonth month(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      YearMonth month = YearMonth.parse(value.strip());
      if (month.getYear() < 1970 || month.getYear() > 9999) {
        throw BrandcloudException.invalid(field, field + " is a month from 1970 to 9999");
      }
      return month;
    } catch (DateTimeParseException e) {
      throw BrandcloudException.invalid(field, field + " is a month written as 2027-01");
    }
  }
}
