package io.flexprice.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlexpriceConfigurationFactoryTest {

    private static FlexpriceConfiguration build(Map<String, String> env) throws Exception {
        return new FlexpriceConfigurationFactory(env).build();
    }

    private static FlexpriceConfiguration buildWithFile(String yaml, Map<String, String> env) throws Exception {
        return new FlexpriceConfigurationFactory(env).build(
                path -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "custom.yaml");
    }

    @Test
    void defaults_run_local_mode_on_port_8080() throws Exception {
        FlexpriceSettings settings = build(Map.of()).settings();

        assertThat(settings.mode()).isEqualTo(DeploymentMode.LOCAL);
        assertThat(settings.serverAddress()).isEqualTo(new HostPort(null, 8080));
        assertThat(settings.auth().bootstrapApiKey()).isEqualTo(SettingsValidator.DEVELOPMENT_API_KEY);
        assertThat(settings.temporal().taskQueue()).isEqualTo("billing-task-queue");
    }

    @Test
    void every_key_is_overridden_by_its_upper_snake_environment_variable() throws Exception {
        FlexpriceConfiguration configuration = build(Map.of(
                "FLEXPRICE_SERVER_ADDRESS", "127.0.0.1:9090",
                "FLEXPRICE_SERVER_ADMIN_ADDRESS", ":9091",
                "FLEXPRICE_LOGGING_LEVEL", "debug",
                "FLEXPRICE_POSTGRES_PORT", "6543",
                "FLEXPRICE_TEMPORAL_TASK_QUEUE", "billing-high-priority"));
        FlexpriceSettings settings = configuration.settings();

        assertThat(settings.serverAddress()).isEqualTo(new HostPort("127.0.0.1", 9090));
        assertThat(settings.adminAddress()).isEqualTo(new HostPort(null, 9091));
        assertThat(settings.logging().level()).isEqualTo("debug");
        assertThat(settings.postgres().port()).isEqualTo(6543);
        assertThat(settings.temporal().taskQueue()).isEqualTo("billing-high-priority");
        DefaultServerFactory server = (DefaultServerFactory) configuration.getServerFactory();
        HttpConnectorFactory app = (HttpConnectorFactory) server.getApplicationConnectors().get(0);
        assertThat(app.getBindHost()).isEqualTo("127.0.0.1");
        assertThat(app.getPort()).isEqualTo(9090);
        assertThat(server.getRegisterDefaultExceptionMappers()).isFalse();
    }

    @Test
    void a_file_overrides_the_defaults_and_the_environment_overrides_the_file() throws Exception {
        FlexpriceSettings settings = buildWithFile("server:\n  address: ':7000'\nlogging:\n  level: warn\n",
                Map.of("FLEXPRICE_LOGGING_LEVEL", "error")).settings();

        assertThat(settings.serverAddress().port()).isEqualTo(7000);
        assertThat(settings.logging().level()).isEqualTo("error");
    }

    @Test
    void an_unknown_key_in_a_file_fails_naming_the_key() {
        assertThatThrownBy(() -> buildWithFile("server:\n  adress: ':7000'\n", Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown config key server.adress");
    }

    @Test
    void a_value_of_the_wrong_type_fails_naming_the_key_and_its_variable() {
        assertThatThrownBy(() -> build(Map.of("FLEXPRICE_POSTGRES_PORT", "five")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("postgres.port (FLEXPRICE_POSTGRES_PORT)");
    }

    @Test
    void a_bad_address_fails_naming_the_key() {
        assertThatThrownBy(() -> build(Map.of("FLEXPRICE_SERVER_ADDRESS", "localhost")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("server.address (FLEXPRICE_SERVER_ADDRESS): must be host:port or :port");
    }

    @Test
    void several_bad_values_are_reported_together() {
        assertThatThrownBy(() -> build(Map.of("FLEXPRICE_LOGGING_LEVEL", "loud",
                "FLEXPRICE_POSTGRES_SSLMODE", "maybe", "FLEXPRICE_SERVER_ADMIN_ADDRESS", ":99999")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("logging.level (FLEXPRICE_LOGGING_LEVEL)")
                .hasMessageContaining("postgres.sslmode (FLEXPRICE_POSTGRES_SSLMODE)")
                .hasMessageContaining("server.admin_address (FLEXPRICE_SERVER_ADMIN_ADDRESS)");
    }

    @Test
    void an_unknown_deployment_mode_fails_naming_the_allowed_values() {
        assertThatThrownBy(() -> build(Map.of("FLEXPRICE_DEPLOYMENT_MODE", "batch")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown deployment mode 'batch'; allowed: local, api, consumer, temporal_worker");
    }

    @Test
    void non_local_modes_refuse_the_development_key() {
        assertThatThrownBy(() -> build(Map.of("FLEXPRICE_DEPLOYMENT_MODE", "api")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("auth.bootstrap_api_key (FLEXPRICE_AUTH_BOOTSTRAP_API_KEY): is the well-known "
                        + "development key");
    }

    @Test
    void non_local_modes_refuse_placeholder_secrets() {
        assertThatThrownBy(() -> build(Map.of("FLEXPRICE_DEPLOYMENT_MODE", "consumer",
                "FLEXPRICE_AUTH_BOOTSTRAP_API_KEY", "changeme", "FLEXPRICE_POSTGRES_PASSWORD", "password")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("auth.bootstrap_api_key (FLEXPRICE_AUTH_BOOTSTRAP_API_KEY): looks like a placeholder")
                .hasMessageContaining("postgres.password (FLEXPRICE_POSTGRES_PASSWORD): is a placeholder");
    }

    @Test
    void local_mode_refuses_external_servers_it_cannot_use_yet() {
        assertThatThrownBy(() -> build(Map.of("FLEXPRICE_KAFKA_BROKERS", "kafka:9092",
                "FLEXPRICE_TEMPORAL_ADDRESS", "temporal:7233")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("kafka.brokers (FLEXPRICE_KAFKA_BROKERS): is set, but this build has no Kafka")
                .hasMessageContaining("temporal.address (FLEXPRICE_TEMPORAL_ADDRESS): is set");
    }

    @Test
    void local_mode_uses_an_external_postgres_when_its_host_is_set() throws Exception {
        FlexpriceSettings settings = build(Map.of("FLEXPRICE_POSTGRES_HOST", "db.internal",
                "FLEXPRICE_POSTGRES_MAX_OPEN_CONNS", "25", "FLEXPRICE_POSTGRES_CONNECT_TIMEOUT", "3s")).settings();

        assertThat(settings.postgres().isExternal()).isTrue();
        assertThat(settings.postgres().maxOpenConns()).isEqualTo(25);
        assertThat(settings.postgres().connectTimeout().toSeconds()).isEqualTo(3);
    }

    @Test
    void non_local_modes_need_an_external_postgres() {
        assertThatThrownBy(() -> build(Map.of("FLEXPRICE_DEPLOYMENT_MODE", "api",
                "FLEXPRICE_AUTH_BOOTSTRAP_API_KEY", "")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("postgres.host (FLEXPRICE_POSTGRES_HOST): mode 'api' shares its state");
    }

    @Test
    void a_pool_that_cannot_work_fails_naming_its_keys() {
        assertThatThrownBy(() -> build(Map.of("FLEXPRICE_POSTGRES_MAX_OPEN_CONNS", "0",
                "FLEXPRICE_POSTGRES_CONNECT_TIMEOUT", "1ms")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("postgres.max_open_conns (FLEXPRICE_POSTGRES_MAX_OPEN_CONNS)")
                .hasMessageContaining("postgres.max_idle_conns (FLEXPRICE_POSTGRES_MAX_IDLE_CONNS)")
                .hasMessageContaining("postgres.connect_timeout (FLEXPRICE_POSTGRES_CONNECT_TIMEOUT)");
    }

    @Test
    void environment_variables_that_name_no_key_are_reported_not_applied() throws Exception {
        var tree = new FlexpriceConfigurationFactory(Map.of()).readDefaults();

        var unknown = EnvironmentOverrides.apply(tree, Map.of("FLEXPRICE_POSTGRES_HOTS", "db", "PATH", "/bin",
                "FLEXPRICE_JAVA_OPTS", "-Xmx1g"));

        assertThat(unknown).containsExactly("FLEXPRICE_POSTGRES_HOTS");
        assertThat(tree.at("/postgres/host").asText()).isEmpty();
    }

    @Test
    void the_billing_loop_runs_every_minute_by_default_and_its_keys_are_overridden_by_billing_variables()
            throws Exception {
        FlexpriceSettings defaults = build(Map.of()).settings();
        FlexpriceSettings overridden = build(Map.of("FLEXPRICE_BILLING_ENABLED", "false",
                "FLEXPRICE_BILLING_INTERVAL", "30s")).settings();

        assertThat(defaults.billing().enabled()).isTrue();
        assertThat(defaults.billing().interval().toSeconds()).isEqualTo(60);
        assertThat(overridden.billing().enabled()).isFalse();
        assertThat(overridden.billing().interval().toSeconds()).isEqualTo(30);
        assertThatThrownBy(() -> build(Map.of("FLEXPRICE_BILLING_INTERVAL", "10ms")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("billing.interval (FLEXPRICE_BILLING_INTERVAL): must be a duration of at least");
    }
}
