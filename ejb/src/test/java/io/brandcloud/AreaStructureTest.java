package io.brandcloud;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape the handbook's architecture page draws: the areas depend on each other one way only (a
 * read across areas is a port the reader owns and the other area answers), and inside an area the
 * services and the domain never reach into the infrastructure that implements them.
 */
@AnalyzeClasses(
    packages = "io.brandcloud",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class AreaStructureTest {

  @ArchTest
  static final ArchRule areasFormADag =
      slices().matching("io.brandcloud.(*)..").namingSlices("area $1").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule servicesDoNotReachIntoInfrastructure =
      noClasses()
          .that()
          .resideInAPackage("io.brandcloud..application..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.brandcloud..infrastructure..");

  @ArchTest
  static final ArchRule theDomainDependsOnNoLayerAboveIt =
      noClasses()
          .that()
          .resideInAPackage("io.brandcloud..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.brandcloud..application..", "io.brandcloud..infrastructure..");
}
