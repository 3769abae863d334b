package io.brandcloud.retention.domain;

/**
 * How many days a tenant keeps files on tickets closed since ({@code attachmentDays}), sent mail
 * ({@code mailDays}), login records ({@code loginDays}), audit entries ({@code auditDays}) and the
 * data of people who closed their account ({@code closedAccountDays}), and how many years the name
 * and address a closed organisation's invoices were billed to ({@code billingYears}).
 */
public record RetentionPolicy(
    int attachmentDays,
    int mailDays,
    int loginDays,
    int auditDays,
    int closedAccountDays,
    int billingYears) {

  public static final int MAX_DAYS = 3650;
  public static final int MIN_ATTACHMENT_DAYS = 30;
  public static final int MIN_MAIL_DAYS = 7;
  public static final int MIN_LOGIN_DAYS = 7;
  public static final int MIN_AUDIT_DAYS = 30;
  public static final int MIN_CLOSED_ACCOUNT_DAYS = 30;
  public static final int MIN_BILLING_YEARS = 5;
  public static final int MAX_BILLING_YEARS = 30;
}
