package io.brandcloud.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CallerTest {

  @ParameterizedTest
  @EnumSource(StaffPermission.class)
  void pagesAskTheSameRuleTheServicesEnforce(StaffPermission permission) {
    for (Caller caller : callers()) {
      BrandcloudException refusal =
          catchThrowableOfType(() -> caller.requireStaff(permission), BrandcloudException.class);
      assertThat(caller.mayStaff(permission))
          .as(caller + " " + permission)
          .isEqualTo(refusal == null);
    }
  }

  @ParameterizedTest
  @EnumSource(StaffPermission.class)
  void anAdminKeyWithoutTheAdminScopeAndAnAdminWithoutTheRequiredSecondFactorMayNot(
      StaffPermission permission) {
    Caller keyWithoutAdminScope =
        new Caller(
            Caller.Kind.API_KEY,
            "a@x",
            1L,
            Role.TENANT_ADMIN,
            Set.of(Scope.READ_SERVERS),
            false,
            false,
            null);
    Caller withoutSecondFactor =
        new Caller(Caller.Kind.USER, "a@x", 1L, Role.TENANT_ADMIN, Set.of(), false, true, null);

    assertThat(keyWithoutAdminScope.mayStaff(permission)).isFalse();
    assertThat(withoutSecondFactor.mayStaff(permission)).isFalse();
    assertThat(
            catchThrowableOfType(
                    () -> withoutSecondFactor.requireStaff(permission), BrandcloudException.class)
                .code())
        .isEqualTo(ErrorCode.TWO_FACTOR_SETUP_REQUIRED);
  }

  @ParameterizedTest
  @EnumSource(Permission.class)
  void anApiKeyNeedsTheScopeOfThePermissionAndAPasswordLoginWhereNoScopeCoversIt(
      Permission permission) {
    Caller password =
        new Caller(Caller.Kind.USER, "c@x", 1L, Role.CUSTOMER, Set.of(), false, false, null);
    assertThat(password.requireScopeFor(permission)).isSameAs(password);

    Caller everyScope = key(EnumSet.complementOf(EnumSet.of(Scope.ADMIN)));
    Caller noScope = key(Set.of(Scope.READ_USER));
    if (permission.scope().isPresent()) {
      assertThat(everyScope.requireScopeFor(permission)).isSameAs(everyScope);
      assertThat(key(Set.of(permission.scope().get())).requireScopeFor(permission)).isNotNull();
      assertThat(codeOf(() -> noScope.requireScopeFor(permission)))
          .isEqualTo(ErrorCode.INSUFFICIENT_SCOPE);
    } else {
      assertThat(codeOf(() -> everyScope.requireScopeFor(permission)))
          .isEqualTo(ErrorCode.INTERACTIVE_LOGIN_REQUIRED);
    }
  }

  private static Caller key(Set<Scope> scopes) {
    return new Caller(Caller.Kind.API_KEY, "k@x", 1L, Role.CUSTOMER, scopes, false, false, null);
  }

  private static ErrorCode codeOf(Runnable call) {
    BrandcloudException refusal = catchThrowableOfType(call::run, BrandcloudException.class);
    return refusal == null ? null : refusal.code();
  }

  private static Set<Caller> callers() {
    return Set.of(
        Caller.system("job"),
        Caller.operator("op@x"),
        new Caller(Caller.Kind.USER, "c@x", 1L, Role.CUSTOMER, Set.of(), false, false, null),
        new Caller(Caller.Kind.USER, "b@x", 2L, Role.BILLING, Set.of(), true, true, null),
        new Caller(Caller.Kind.USER, "s@x", 3L, Role.SUPPORT, Set.of(), false, false, null),
        new Caller(Caller.Kind.USER, "a@x", 4L, Role.TENANT_ADMIN, Set.of(), false, false, null),
        new Caller(
            Caller.Kind.API_KEY,
            "k@x",
            5L,
            Role.TENANT_ADMIN,
            Set.of(Scope.ADMIN),
            false,
            true,
            null));
  }
}
