package org.greenwhistle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;

/** Views talk to application services only; features do not depend on each other in cycles. */
class ArchitectureTest {
  /** Views reach the workflow engine only through application services (transactions, authorization). */
  static final ArchRule VIEWS_DO_NOT_USE_THE_ENGINE = noClasses().that().resideInAPackage("..ui..")
      .should().dependOnClassesThat().resideInAnyPackage("org.operaton.bpm.engine..")
      .because("views call application services, which own transactions and authorization");

  /** Camunda 7 CE is unmaintained; the engine is Operaton, and nothing of ours may fall back to Camunda's API. */
  static final ArchRule NO_CAMUNDA_API = noClasses().that().resideInAPackage("org.greenwhistle..")
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
      .because("the workflow engine is Operaton (org.operaton), the maintained continuation of Camunda 7");

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
        .because("views call application services, which own transactions and authorization")
        .check(classes);
    VIEWS_DO_NOT_USE_THE_ENGINE.check(classes);
  }

  @Test
  void nothingDependsOnCamunda() {
    NO_CAMUNDA_API.check(classes);
  }

  /** Each engine rule catches its deliberate violation (test classes in the package {@code violations}). */
  @Test
  void theEngineRulesFailOnDeliberateViolations() {
    JavaClasses violations = new ClassFileImporter().importPackages("org.greenwhistle.architecture.violations");
    assertThatThrownBy(() -> VIEWS_DO_NOT_USE_THE_ENGINE.check(violations))
        .isInstanceOf(AssertionError.class).hasMessageContaining("EngineInAView");
    assertThatThrownBy(() -> NO_CAMUNDA_API.check(violations))
        .isInstanceOf(AssertionError.class).hasMessageContaining("CamundaDependency");
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
            "org.operaton.bpm.engine..")
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
