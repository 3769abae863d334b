package io.brandcloud.subscriptions.domain;

import java.io.Serializable;

/**
 * A subscription's answer to a question its product asked at order; a checkbox's is {@code true}.
 */
public record OrderAnswer(String question, String kind, String answer) implements Serializable {

  public boolean checkbox() {
    return "checkbox".equals(kind);
  }
}
