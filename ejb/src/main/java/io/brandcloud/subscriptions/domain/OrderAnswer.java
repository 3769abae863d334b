package io.brandcloud.subscriptions.domain;

import java.io.Serializable;

/**
 * A subscription's answer to a question its product asked at order; a checkbox's is {@code true}.
 */
public record OrderAnswer(String question, String kind, String answer) implements Serializable {

  public boolean checkbox() {
    return "checkbox".equals(kind);
  }

  /** As staff and invoices show it: {@code Domain name: example.com}, a ticked box as yes. */
  public String printed() {
    return question + ": " + (checkbox() ? "yes" : answer);
  }
}
