package io.brandcloud.web.faces.billing;

import io.brandcloud.shared.DayRange;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import java.time.LocalDate;
import java.util.Optional;

/** The days a report card's fields ask for, or a Faces message saying why they make no range. */
public final class ReportDays {

  private ReportDays() {}

  public static Optional<DayRange> chosen(LocalDate from, LocalDate to, Texts texts) {
    if (from == null || to == null || from.isAfter(to)) {
      FacesActions.error(texts.get("admin.reports.rangeBackwards"));
      return Optional.empty();
    }
    if (!to.isBefore(from.plusYears(DayRange.MAX_YEARS))) {
      FacesActions.error(texts.format("admin.reports.rangeTooLong", DayRange.MAX_YEARS));
      return Optional.empty();
    }
    return Optional.of(new DayRange(from, to));
  }
}
