package io.brandcloud.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.access.Permission;
import io.brandcloud.shared.BrandcloudException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class OrganisationRoleTest {

  @Test
  void viewersOnlyLook() {
    assertThat(OrganisationRole.VIEWER.permissions())
        .containsExactlyInAnyOrder(
            Permission.SERVERS_VIEW, Permission.BILLING_VIEW, Permission.TICKETS_VIEW);
  }

  @Test
  void membersWorkWithServersButNeitherManageMembersNorMoney() {
    assertThat(OrganisationRole.MEMBER.permissions())
        .contains(Permission.SERVERS_CREATE)
        .doesNotContain(
            Permission.MEMBERS_MANAGE, Permission.BILLING_MANAGE, Permission.SERVERS_DELETE);
  }

  @Test
  void permissionsSurviveTheirStoredForm() {
    EnumSet<Permission> set = EnumSet.of(Permission.SERVERS_VIEW, Permission.TICKETS_CREATE);
    assertThat(Permission.split(Permission.join(set))).isEqualTo(set);
    assertThatThrownBy(() -> Permission.parse("servers:own"))
        .isInstanceOf(BrandcloudException.class);
  }

  @Test
  void anUnknownRoleIsABadRequest() {
    assertThatThrownBy(() -> OrganisationRole.parse("boss"))
        .isInstanceOf(BrandcloudException.class);
    assertThat(OrganisationRole.parse(" Viewer ")).isEqualTo(OrganisationRole.VIEWER);
  }
}
