package io.brandcloud.platform.domain;

import java.util.Optional;

/** The installation's platform operators. */
public interface OperatorRepository {

  long count();

  void add(PlatformOperator operator);

  /** The operator whose address is exactly {@code email}; addresses are stored in lower case. */
  Optional<PlatformOperator> byEmail(String email);
}
