package io.brandcloud.audit;

/** Narrows the audit log: each field is optional; text fields match parts, case-insensitively. */
public record AuditFilter(String action, String actor) {

  public static AuditFilter everything() {
    return new AuditFilter(null, null);
  }
}
