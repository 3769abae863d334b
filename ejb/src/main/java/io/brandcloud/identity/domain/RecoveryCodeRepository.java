package io.brandcloud.identity.domain;

import java.time.Instant;
import java.util.List;

/** The single-use recovery codes that stand in for a TOTP code, stored as digests. */
public interface RecoveryCodeRepository {

  /** Replaces all of the user's codes, used or not, with these. */
  void replace(long userId, List<String> codeHashes);

  void removeAll(long userId);

  /** Uses up the user's code with this digest; false if there is none or it was used. */
  boolean use(long userId, String codeHash, Instant at);

  long unused(long userId);
}
