package io.brandcloud.support.tickets.application;

import io.brandcloud.shared.Validation;

/** The limits of what is written on tickets, the same for customers, staff and every channel. */
final class TicketTexts {

  static final int SUBJECT_MAX = 200;
  static final int BODY_MAX = 20_000;

  private TicketTexts() {}

  static String subject(String subject) {
    return Validation.requireText("subject", subject, SUBJECT_MAX);
  }

  static String body(String body) {
    return Validation.requireLines("body", body, BODY_MAX);
  }
}
