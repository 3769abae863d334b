package io.brandcloud.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.Role;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.web.faces.shared.CurrentUser;

/**
 * The pages, the API and the sockets call the areas' services, never what implements them; what a
 * staff role may do is decided in {@code access} and by the services, never by a table here.
 */
@AnalyzeClasses(
    packages = "io.brandcloud.web",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class EdgeStructureTest {

  @ArchTest
  static final ArchRule theEdgeCallsServicesOnly =
      noClasses()
          .that()
          .resideInAPackage("io.brandcloud.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.brandcloud..infrastructure..");

  @ArchTest
  static final ArchRule theApiLeavesPermissionsToTheServices =
      noClasses()
          .that()
          .resideInAPackage("io.brandcloud.web.rest..")
          .should()
          .callMethod(CurrentCaller.class, "requireStaff", StaffPermission.class)
          .orShould()
          .callMethod(Caller.class, "requireStaff", StaffPermission.class)
          .orShould()
          .callMethod(Membership.class, "may", Permission.class)
          .orShould()
          .callMethod(MemberAccess.class, "require", long.class, Permission.class);

  @ArchTest
  static final ArchRule whatARoleMayIsAskedOfAccess =
      noClasses()
          .that()
          .resideInAPackage("io.brandcloud.web..")
          .should()
          .callMethod(Role.class, "may", StaffPermission.class)
          .because("the pages ask the caller (Caller.mayStaff) or StaffPage, as the services do");

  @ArchTest
  static final ArchRule pagesAskWhatTheyOfferInOnePlace =
      noClasses()
          .that()
          .resideInAPackage("io.brandcloud.web..")
          .and()
          .doNotHaveFullyQualifiedName(CurrentUser.class.getName())
          .should()
          .callMethod(Caller.class, "mayStaff", StaffPermission.class)
          .because(
              "a page hides what a role may not do through currentUser.staffMay; an action calls"
                  + " the service, which decides, and FacesActions shows its refusal");

  @ArchTest
  static final ArchRule noPermissionTableInTheEdge =
      noFields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("io.brandcloud.web..")
          .should()
          .haveRawType(StaffPermission.class)
          .orShould(
              ArchConditions.be(
                  DescribedPredicate.describe(
                      "typed with StaffPermission",
                      (JavaField field) ->
                          field.getType().getAllInvolvedRawTypes().stream()
                              .anyMatch(t -> t.isEquivalentTo(StaffPermission.class)))));
}
