package io.brandcloud.fraud.domain;

import java.util.List;

/** A check's score, the sum of its signals' weights, and what it leads to. */
public record Verdict(int score, Outcome outcome, List<Signal> signals) {

  public Verdict {
    signals = List.copyOf(signals);
  }
}
