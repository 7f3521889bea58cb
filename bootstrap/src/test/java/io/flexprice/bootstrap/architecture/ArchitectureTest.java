package io.flexprice.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Runs every architecture rule against the production classes of all modules: bootstrap's test
 * classpath holds every module (as jars or class folders), and only test folders are left out.
 */
@AnalyzeClasses(packages = "io.flexprice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dependencies_point_inward = ArchitectureRules.DEPENDENCIES_POINT_INWARD;
    @ArchTest
    static final ArchRule adapters_are_independent = ArchitectureRules.ADAPTERS_ARE_INDEPENDENT;
    @ArchTest
    static final ArchRule sdk_depends_on_no_module = ArchitectureRules.SDK_DEPENDS_ON_NO_MODULE;
    @ArchTest
    static final ArchRule sdk_uses_only_the_jdk_and_jackson = ArchitectureRules.SDK_USES_ONLY_THE_JDK_AND_JACKSON;
    @ArchTest
    static final ArchRule domain_uses_only_the_jdk = ArchitectureRules.DOMAIN_USES_ONLY_THE_JDK;
    @ArchTest
    static final ArchRule ports_use_only_the_jdk_and_domain = ArchitectureRules.PORTS_USE_ONLY_THE_JDK_AND_DOMAIN;
    @ArchTest
    static final ArchRule no_wall_clock_or_random_ids_in_domain = ArchitectureRules.NO_WALL_CLOCK_OR_RANDOM_IDS_IN_DOMAIN;
    @ArchTest
    static final ArchRule no_wall_clock_in_ports = ArchitectureRules.NO_WALL_CLOCK_IN_PORTS;
    @ArchTest
    static final ArchRule no_floating_point_fields_in_domain = ArchitectureRules.NO_FLOATING_POINT_FIELDS_IN_DOMAIN;
    @ArchTest
    static final ArchRule no_field_injection = ArchitectureRules.NO_FIELD_INJECTION;
    @ArchTest
    static final ArchRule no_standard_streams = ArchitectureRules.NO_STANDARD_STREAMS;
    @ArchTest
    static final ArchRule no_java_util_date = ArchitectureRules.NO_JAVA_UTIL_DATE;
    @ArchTest
    static final ArchRule resources_only_in_http_adapter = ArchitectureRules.RESOURCES_ONLY_IN_HTTP_ADAPTER;
    @ArchTest
    static final ArchRule rows_and_mappers_only_in_storage_adapter =
            ArchitectureRules.ROWS_AND_MAPPERS_ONLY_IN_STORAGE_ADAPTER;
    @ArchTest
    static final ArchRule use_cases_are_inbound_ports = ArchitectureRules.USE_CASES_ARE_INBOUND_PORTS;
    @ArchTest
    static final ArchRule repositories_are_outbound_ports = ArchitectureRules.REPOSITORIES_ARE_OUTBOUND_PORTS_OR_ADAPTERS;
    @ArchTest
    static final ArchRule services_live_in_application = ArchitectureRules.SERVICES_LIVE_IN_APPLICATION;
}
