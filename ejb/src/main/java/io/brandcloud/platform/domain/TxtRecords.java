package io.brandcloud.platform.domain;

import java.util.List;

/** What DNS says a name's TXT records hold. */
public interface TxtRecords {

  /**
   * The texts of the name's TXT records; none when it has none or does not exist.
   *
   * @throws Unanswered when no DNS server answered
   */
  List<String> of(String name);

  /** No DNS server answered the question. */
  final class Unanswered extends RuntimeException {

    public Unanswered(String name, Throwable cause) {
      super("DNS did not answer for " + name, cause);
    }
  }
}
