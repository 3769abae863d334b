package io.brandcloud.web.rest.operations;

import io.brandcloud.platform.application.Maintenance;
import io.brandcloud.platform.domain.MaintenanceBypass;
import io.brandcloud.platform.domain.MaintenanceWindow;
import io.brandcloud.shared.BrandcloudException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Maintenance on the wire, the same for a tenant's admins and for operators. */
public final class ApiMaintenance {

  private ApiMaintenance() {}

  /** Whether maintenance is on, with what words, until when, since when and by whom. */
  public record State(
      boolean enabled, String message, Instant endsAt, String startedBy, Instant startedAt) {
    public static State of(Optional<MaintenanceWindow> window) {
      return window
          .map(w -> new State(true, w.message(), w.endsAt(), w.startedBy(), w.startedAt()))
          .orElse(new State(false, null, null, null, null));
    }
  }

  /** Switches maintenance on (with optional words and end, ISO-8601) or off. */
  public record Change(Boolean enabled, String message, String endsAt) {}

  /** A bypass link to create: who it is for and how many hours it works (24 when left out). */
  public record NewBypass(String name, Integer validHours) {}

  /** A bypass as listed; its token is never shown again. */
  public record Bypass(
      long id, String name, Instant expiresAt, String createdBy, Instant createdAt) {
    public static Bypass of(MaintenanceBypass b) {
      return new Bypass(b.id(), b.name(), b.expiresAt(), b.createdBy(), b.createdAt());
    }
  }

  /** A new bypass with its token and link, shown only in this answer. */
  public record CreatedBypass(Bypass bypass, String token, String link) {}

  public static State apply(Maintenance maintenance, Change change) {
    if (change.enabled() == null) {
      throw BrandcloudException.invalid("enabled", "enabled is required");
    }
    if (!change.enabled()) {
      maintenance.end();
      return State.of(Optional.empty());
    }
    return State.of(Optional.of(maintenance.start(change.message(), instant(change.endsAt()))));
  }

  private static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw BrandcloudException.invalid("endsAt", "endsAt is a moment like 2026-11-24T22:00:00Z");
    }
  }
}
