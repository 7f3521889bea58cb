package io.flexprice.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;

/**
 * Every setting of the application, bound from {@code config.yaml} after {@code FLEXPRICE_*}
 * environment overrides. Key names are public API: see docs/configuration.md.
 */
public record FlexpriceSettings(
        @JsonProperty("deployment") Deployment deployment,
        @JsonProperty("server") Server server,
        @JsonProperty("logging") Logging logging,
        @JsonProperty("auth") Auth auth,
        @JsonProperty("local") Local local,
        @JsonProperty("postgres") Postgres postgres,
        @JsonProperty("kafka") Kafka kafka,
        @JsonProperty("clickhouse") ClickHouse clickhouse,
        @JsonProperty("temporal") Temporal temporal,
        @JsonProperty("billing") Billing billing) {

    public record Deployment(@JsonProperty("mode") String mode) {
    }

    public record Server(@JsonProperty("address") String address,
                         @JsonProperty("admin_address") String adminAddress) {
    }

    public record Logging(@JsonProperty("level") String level) {
    }

    public record Auth(@JsonProperty("bootstrap_api_key") String bootstrapApiKey) {
    }

    public record Local(@JsonProperty("data_dir") String dataDir) {
    }

    public record Postgres(@JsonProperty("host") String host,
                           @JsonProperty("port") int port,
                           @JsonProperty("user") String user,
                           @JsonProperty("password") String password,
                           @JsonProperty("dbname") String dbname,
                           @JsonProperty("sslmode") String sslmode,
                           @JsonProperty("max_open_conns") int maxOpenConns,
                           @JsonProperty("max_idle_conns") int maxIdleConns,
                           @JsonProperty("connect_timeout") Duration connectTimeout) {

        /** Whether an external server is configured; otherwise local mode embeds one. */
        public boolean isExternal() {
            return host != null && !host.isBlank();
        }
    }

    public record Kafka(@JsonProperty("brokers") String brokers) {
    }

    public record ClickHouse(@JsonProperty("address") String address) {
    }

    public record Temporal(@JsonProperty("address") String address,
                           @JsonProperty("namespace") String namespace,
                           @JsonProperty("task_queue") String taskQueue) {
    }

    /** The billing loop: whether local mode runs it, and how long it waits between runs. */
    public record Billing(@JsonProperty("enabled") boolean enabled,
                          @JsonProperty("interval") Duration interval) {
    }

    public DeploymentMode mode() {
        return DeploymentMode.fromWire(deployment.mode());
    }

    public HostPort serverAddress() {
        return HostPort.parse(server.address());
    }

    public HostPort adminAddress() {
        return HostPort.parse(server.adminAddress());
    }
}
