package io.flexprice.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.flexprice.adapters.archfixturea.AdapterAFixture;
import io.flexprice.adapters.archfixtureb.AdapterBFixture;
import io.flexprice.domain.archfixture.BadDomainFixture;
import io.flexprice.ports.archfixture.PortFixture;
import io.flexprice.sdk.archfixture.SdkFixture;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof that the rules bite: each runs against deliberately bad fixture classes (test sources only, so
 * {@link ArchitectureTest} never sees them) and must fail.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importClasses(BadDomainFixture.class,
            PortFixture.class, PortFixture.ReadThingsUseCase.class, AdapterAFixture.class, AdapterBFixture.class,
            SdkFixture.class, SdkFixture.WidgetResource.class, SdkFixture.WidgetRow.class);

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("dependencies point inward", ArchitectureRules.DEPENDENCIES_POINT_INWARD),
                Arguments.of("adapters are independent", ArchitectureRules.ADAPTERS_ARE_INDEPENDENT),
                Arguments.of("sdk depends on no module", ArchitectureRules.SDK_DEPENDS_ON_NO_MODULE),
                Arguments.of("sdk uses only the JDK and Jackson", ArchitectureRules.SDK_USES_ONLY_THE_JDK_AND_JACKSON),
                Arguments.of("domain uses only the JDK", ArchitectureRules.DOMAIN_USES_ONLY_THE_JDK),
                Arguments.of("no wall clock in domain", ArchitectureRules.NO_WALL_CLOCK_OR_RANDOM_IDS_IN_DOMAIN),
                Arguments.of("no floating point in domain", ArchitectureRules.NO_FLOATING_POINT_FIELDS_IN_DOMAIN),
                Arguments.of("no field injection", ArchitectureRules.NO_FIELD_INJECTION),
                Arguments.of("no standard streams", ArchitectureRules.NO_STANDARD_STREAMS),
                Arguments.of("no java.util.Date", ArchitectureRules.NO_JAVA_UTIL_DATE),
                Arguments.of("resources only in the HTTP adapter", ArchitectureRules.RESOURCES_ONLY_IN_HTTP_ADAPTER),
                Arguments.of("rows only in the storage adapter",
                        ArchitectureRules.ROWS_AND_MAPPERS_ONLY_IN_STORAGE_ADAPTER),
                Arguments.of("use cases are inbound port interfaces", ArchitectureRules.USE_CASES_ARE_INBOUND_PORTS));
    }

    @ParameterizedTest(name = "{0} fails on a violating fixture")
    @MethodSource("rules")
    void rule_fails_on_a_violating_fixture(String name, ArchRule rule) {
        assertThatThrownBy(() -> rule.check(FIXTURES)).isInstanceOf(AssertionError.class);
    }
}
