package io.brandcloud.support.mailin.application;

import io.brandcloud.support.mailin.domain.ReceivedMail.Outcome;
import java.util.Map;

/**
 * What one reading of the support mailbox found.
 *
 * @param read the unread mails handed over, including any read before (not counted by outcome)
 * @param outcomes how many mails ended how
 * @param error why the mailbox could not be read, or null
 * @param busy whether someone else was reading the mailbox, so this reading did not happen
 */
public record CheckResult(int read, Map<Outcome, Integer> outcomes, String error, boolean busy) {

  public CheckResult {
    outcomes = Map.copyOf(outcomes);
  }

  static CheckResult whileBusy() {
    return new CheckResult(0, Map.of(), null, true);
  }
}
