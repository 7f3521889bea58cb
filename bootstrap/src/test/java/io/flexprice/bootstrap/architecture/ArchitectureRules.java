package io.flexprice.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * The architecture of the reactor as executable rules. {@link ArchitectureTest} runs each against the
 * production classes of every module; {@link ArchitectureRulesCatchViolationsTest} proves they fail on
 * deliberately bad fixtures.
 */
final class ArchitectureRules {

    static final String DOMAIN = "io.flexprice.domain..";
    static final String PORTS = "io.flexprice.ports..";
    static final String ADAPTERS = "io.flexprice.adapters..";
    static final String BOOTSTRAP = "io.flexprice.bootstrap..";
    static final String SDK = "io.flexprice.sdk..";

    private ArchitectureRules() {
    }

    static final ArchRule DEPENDENCIES_POINT_INWARD = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy(DOMAIN)
            .layer("Ports").definedBy(PORTS)
            .layer("Adapters").definedBy(ADAPTERS)
            .layer("Bootstrap").definedBy(BOOTSTRAP)
            .layer("Sdk").definedBy(SDK)
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Ports").mayOnlyBeAccessedByLayers("Adapters", "Bootstrap")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Ports", "Adapters", "Bootstrap")
            .whereLayer("Sdk").mayNotBeAccessedByAnyLayer()
            .because("dependencies point inward (domain <- ports <- adapters <- bootstrap) and the published "
                    + "SDK is used by clients, not by the server");

    static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices().matching("io.flexprice.adapters.(*)..")
            .should().notDependOnEachOther()
            .because("an adapter is replaceable only if no other adapter knows it; bootstrap wires them");

    static final ArchRule SDK_DEPENDS_ON_NO_MODULE = noClasses().that().resideInAPackage(SDK)
            .should().dependOnClassesThat().resideInAnyPackage(DOMAIN, PORTS, ADAPTERS, BOOTSTRAP)
            .because("sdk-java is published on its own and must work against any FlexPrice server");

    static final ArchRule SDK_USES_ONLY_THE_JDK_AND_JACKSON = classes().that().resideInAPackage(SDK)
            .should().onlyDependOnClassesThat().resideInAnyPackage(SDK, "java..", "com.fasterxml.jackson..")
            .because("the SDK's users get the JDK's HttpClient and Jackson with it, nothing else: no framework, "
                    + "no logging library (it logs through System.Logger)");

    static final ArchRule DOMAIN_USES_ONLY_THE_JDK = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is embeddable and framework-free: no Jackson, Guice, JAX-RS, MyBatis, Kafka, "
                    + "Temporal");

    static final ArchRule PORTS_USE_ONLY_THE_JDK_AND_DOMAIN = classes().that().resideInAPackage(PORTS)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, PORTS, "java..")
            .because("application services have plain constructors; frameworks live in adapters and bootstrap");

    static final ArchRule NO_WALL_CLOCK_OR_RANDOM_IDS_IN_DOMAIN = noClasses().that().resideInAPackage(DOMAIN)
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(UUID.class, "randomUUID")
            .because("domain functions take time as a parameter so billing is deterministic and replayable "
                    + "(Temporal workflows call them)");

    static final ArchRule NO_WALL_CLOCK_IN_PORTS = noClasses().that().resideInAPackage(PORTS)
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(UUID.class, "randomUUID")
            .because("application services read time from the injected Clock");

    static final ArchRule NO_FLOATING_POINT_FIELDS_IN_DOMAIN = noFields().that().areDeclaredInClassesThat()
            .resideInAPackage(DOMAIN)
            .should().haveRawType(double.class).orShould().haveRawType(float.class)
            .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
            .because("money and quantities are BigDecimal: binary floating point cannot hold 0.1");

    static final ArchRule NO_FIELD_INJECTION = noFields()
            .should().beAnnotatedWith("jakarta.inject.Inject")
            .orShould().beAnnotatedWith("com.google.inject.Inject")
            .because("constructor injection only: objects are complete when built and testable without Guice");

    static final ArchRule NO_STANDARD_STREAMS = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("output goes through SLF4J so operators can route and filter it");

    static final ArchRule NO_JAVA_UTIL_DATE = noClasses()
            .should().dependOnClassesThat().areAssignableTo(java.util.Date.class)
            .because("java.time types carry their zone or are instants; java.util.Date is neither");

    static final ArchRule RESOURCES_ONLY_IN_HTTP_ADAPTER = classes()
            .that().haveSimpleNameEndingWith("Resource")
            .should().resideInAPackage("io.flexprice.adapters.http..")
            .because("HTTP is an edge: only the HTTP adapter has resources");

    static final ArchRule ROWS_AND_MAPPERS_ONLY_IN_STORAGE_ADAPTER = classes()
            .that(describe("are named *Row or *Mapper (JAX-RS exception mappers aside)", (JavaClass c) ->
                    c.getSimpleName().endsWith("Row") || c.getSimpleName().endsWith("Mapper")
                            && !c.isAssignableTo("jakarta.ws.rs.ext.ExceptionMapper")))
            .should().resideInAPackage("io.flexprice.adapters.storage..")
            .because("persistence types never leave the storage adapter");

    static final ArchRule USE_CASES_ARE_INBOUND_PORTS = classes()
            .that().haveSimpleNameEndingWith("UseCase")
            .should().beInterfaces().andShould().resideInAPackage("io.flexprice.ports.in..")
            .because("use cases are the inbound ports; services implement them");

    static final ArchRule REPOSITORIES_ARE_OUTBOUND_PORTS_OR_ADAPTERS = classes()
            .that().haveSimpleNameEndingWith("Repository").and().areInterfaces()
            .should().resideInAPackage("io.flexprice.ports.out..")
            .because("repository interfaces are outbound ports; technologies implement them in adapters");

    static final ArchRule SERVICES_LIVE_IN_APPLICATION = classes()
            .that().haveSimpleNameEndingWith("Service").and().doNotHaveModifier(JavaModifier.ABSTRACT)
            .and().resideInAnyPackage(DOMAIN, PORTS)
            .should().resideInAPackage("io.flexprice.ports.application..")
            .because("application services implement the inbound ports in one place");
}
