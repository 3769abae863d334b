package io.brandcloud.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginPolicyTest {

  @Test
  void fourWrongPasswordsLockNothing() {
    assertThat(LoginPolicy.ACCOUNT.lockFor(4)).isEmpty();
  }

  @Test
  void theLockDoublesWithEachFurtherFailureUpToAnHour() {
    assertThat(LoginPolicy.ACCOUNT.lockFor(5)).contains(Duration.ofMinutes(1));
    assertThat(LoginPolicy.ACCOUNT.lockFor(6)).contains(Duration.ofMinutes(2));
    assertThat(LoginPolicy.ACCOUNT.lockFor(8)).contains(Duration.ofMinutes(8));
    assertThat(LoginPolicy.ACCOUNT.lockFor(12)).contains(Duration.ofHours(1));
    assertThat(LoginPolicy.ACCOUNT.lockFor(1_000)).contains(Duration.ofHours(1));
  }

  @Test
  void anAddressGetsMoreTriesBecauseManyPeopleShareOne() {
    assertThat(LoginPolicy.ADDRESS.lockFor(19)).isEmpty();
    assertThat(LoginPolicy.ADDRESS.lockFor(20)).contains(Duration.ofMinutes(1));
  }
}
