package org.greenwhistle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;

/** Views talk to application services only; features do not depend on each other in cycles. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    // the backend's test-jar (test scenarios) is on this module's test classpath: production code only
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("org.greenwhistle");
  }

  @Test
  void importsBothModules() {
    org.assertj.core.api.Assertions.assertThat(classes.contain("org.greenwhistle.identity.service.UserAdminService"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(classes.contain("org.greenwhistle.identity.ui.UserAdminView")).isTrue();
  }

  @Test
  void viewsUseServicesNeverMappersOrTheEngine() {
    noClasses().that().resideInAPackage("..ui..")
        .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "org.apache.ibatis..")
        .orShould().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine..")
        .because("views call application services, which own transactions and authorization")
        .check(classes);
  }

  @Test
  void domainDependsOnNeitherServicesNorViews() {
    noClasses().that().resideInAPackage("..domain..")
        .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..", "..persistence..")
        .check(classes);
  }

  @Test
  void servicesDoNotDependOnViews() {
    noClasses().that().resideInAPackage("..service..")
        .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin..")
        .check(classes);
  }

  @Test
  void demoDataLivesInTheDemoPackageAndGoesThroughTheFeaturesServices() {
    classes().that().haveSimpleNameStartingWith("Demo").or().areAnnotatedWith(Profile.class)
        .and(profile("demo")).should().resideInAPackage("org.greenwhistle.demo..")
        .check(classes);
    noClasses().that().resideInAPackage("org.greenwhistle.demo..")
        .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "org.apache.ibatis..",
            "org.camunda.bpm.engine..")
        .because("demo data is loaded through the features' public services, like any other caller")
        .check(classes);
  }

  private static DescribedPredicate<JavaClass> profile(String name) {
    return DescribedPredicate.describe("in profile " + name, c -> !c.isAnnotatedWith(Profile.class)
        || java.util.Arrays.asList(c.getAnnotationOfType(Profile.class).value()).contains(name));
  }

  @Test
  void featuresAreFreeOfCycles() {
    slices().matching("org.greenwhistle.(*)..").should().beFreeOfCycles().check(classes);
  }
}
