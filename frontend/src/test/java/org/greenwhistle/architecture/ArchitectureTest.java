package org.greenwhistle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Views talk to application services only; features do not depend on each other in cycles. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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
        .orShould().dependOnClassesThat().resideInAnyPackage("org.operaton.bpm.engine..")
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
  void featuresAreFreeOfCycles() {
    slices().matching("org.greenwhistle.(*)..").should().beFreeOfCycles().check(classes);
  }
}
