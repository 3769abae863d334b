package io.brandcloud.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The jobs call the areas' services, never what implements them. */
@AnalyzeClasses(
    packages = "io.brandcloud.batch",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class JobStructureTest {

  @ArchTest
  static final ArchRule jobsCallServicesOnly =
      noClasses()
          .that()
          .resideInAPackage("io.brandcloud.batch..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.brandcloud..infrastructure..");
}
