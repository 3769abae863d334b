package io.brandcloud.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The pages, the API and the sockets call the areas' services, never what implements them. */
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
          .resideInAPackage("io.brandcloud.*.infrastructure..");
}
