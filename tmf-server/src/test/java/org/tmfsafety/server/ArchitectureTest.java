package org.tmfsafety.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The module and package rules of docs/architecture.md, checked on every build. */
@AnalyzeClasses(packages = "org.tmfsafety", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule librariesHaveNoFrameworkDependencies = noClasses().that()
        .resideInAnyPackage("org.tmfsafety.methodology..", "org.tmfsafety.geo..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta..", "com.fasterxml..", "tools.jackson..", "java.sql..",
                "org.tmfsafety.server..");

    @ArchTest
    static final ArchRule methodologyDoesNotDependOnGeo = noClasses().that()
        .resideInAPackage("org.tmfsafety.methodology..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.tmfsafety.geo..");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("org.tmfsafety.server.(*)..")
        .should()
        .beFreeOfCycles();

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes().that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .notBePublic();

    @ArchTest
    static final ArchRule noFieldInjection = fields().should().notBeAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule onlyRepositoriesTalkSql = noClasses().that()
        .haveSimpleNameEndingWith("Controller")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient");

}
