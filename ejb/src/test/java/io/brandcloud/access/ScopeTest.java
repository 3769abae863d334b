package io.brandcloud.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void onlyStaffMayHoldTheAdminScope() {
    assertThat(Scope.allowedFor(Role.CUSTOMER))
        .doesNotContain(Scope.ADMIN)
        .contains(Scope.READ_USER);
    assertThat(Scope.allowedFor(Role.TENANT_ADMIN)).contains(Scope.ADMIN);
  }

  @Test
  void scopesSurviveTheirStoredForm() {
    EnumSet<Scope> scopes = EnumSet.of(Scope.WRITE_SERVERS, Scope.READ_USER);
    assertThat(Scope.join(scopes)).isEqualTo("read:user write:servers");
    assertThat(Scope.split(Scope.join(scopes))).isEqualTo(scopes);
  }

  @Test
  void anUnknownScopeIsNamedInTheError() {
    assertThatThrownBy(() -> Scope.parse("root"))
        .isInstanceOfSatisfying(
            BrandcloudException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SCOPE);
              assertThat(e.getMessage()).contains("root");
            });
  }
}
