package org.corporateparenting.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture's rules, checked on the compiled classes of every deployed module (so a fully qualified name in the
 * middle of a method counts as much as an import): dependencies point one way, web → services → reports / domain;
 * aggregates live in the domain, services in the services module; nothing deployed writes to standard output.
 */
class ArchitectureTest {

    private static final String WEB = "org.corporateparenting.web..";
    private static final String SERVICES = "org.corporateparenting.application..";
    private static final String INFRASTRUCTURE = "org.corporateparenting.infrastructure..";
    private static final String REPORTS = "org.corporateparenting.report..";
    private static final String DOMAIN = "org.corporateparenting.domain..";

    private static JavaClasses deployed;

    @BeforeAll
    static void importTheDeployedClasses() {
        deployed = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.corporateparenting");
    }

    @Test
    void everyModuleIsOnTheClassPath() {
        for (String module : new String[] {WEB, SERVICES, REPORTS, DOMAIN}) {
            String prefix = module.replace("..", "");
            assertThat(deployed.stream().filter(c -> c.getPackageName().startsWith(prefix)).count()).as(module).isGreaterThan(20);
        }
    }

    @Test
    void dependenciesPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("web").definedBy(WEB)
                .layer("services").definedBy(SERVICES, INFRASTRUCTURE)
                .layer("reports").definedBy(REPORTS)
                .layer("domain").definedBy(DOMAIN)
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("services").mayOnlyBeAccessedByLayers("web")
                .whereLayer("reports").mayOnlyBeAccessedByLayers("services", "web")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("services", "web", "reports")
                .check(deployed);
    }

    @Test
    void eachModuleKeepsToItsOwnFrameworks() {
        noClasses().that().resideInAnyPackage(REPORTS, DOMAIN).should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(deployed);
        noClasses().that().resideInAPackage(REPORTS).should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .because("the reports take rows and return bytes").check(deployed);
        noClasses().that().resideInAnyPackage(SERVICES, INFRASTRUCTURE).should().dependOnClassesThat()
                .resideInAPackage("com.vaadin..").check(deployed);
        noClasses().that().resideInAPackage(WEB).should().dependOnClassesThat().resideInAPackage("net.sf.jasperreports..")
                .because("the screens ask the services for rendered files").check(deployed);
    }

    @Test
    void aggregatesLiveInTheDomainAndServicesInTheServicesModule() {
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage(DOMAIN).check(deployed);
        classes().that().areAnnotatedWith(Stateless.class).or().areAnnotatedWith(Singleton.class)
                .should().resideInAnyPackage(SERVICES, INFRASTRUCTURE, WEB).check(deployed);
    }

    @Test
    void nothingDeployedWritesToStandardOutput() {
        noClasses().that().doNotHaveFullyQualifiedName("org.corporateparenting.report.TemplateCompiler")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("logs carry identifiers through the server's logging; the template compiler runs at build time only")
                .check(deployed);
    }
}
