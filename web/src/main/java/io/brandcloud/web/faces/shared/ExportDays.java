package io.brandcloud.web.faces.shared;

import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.DayRange;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** The days a list page's export link covers: as many as an export takes, up to today. */
@Named
@RequestScoped
public class ExportDays {

  @Inject ApplicationClock clock;

  /**
   * The first day: nearly the longest range an export takes, with a day to spare for a page left
   * open over midnight.
   */
  public LocalDate getLongestFrom() {
    LocalDate today = LocalDate.ofInstant(clock.now(), CurrentTenant.require().timeZone());
    return DayRange.earliestFrom(today).plusDays(1);
  }
}
