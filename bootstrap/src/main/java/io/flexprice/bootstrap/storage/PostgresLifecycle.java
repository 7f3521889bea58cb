package io.flexprice.bootstrap.storage;

import com.codahale.metrics.health.HealthCheck;
import com.zaxxer.hikari.HikariDataSource;
import io.dropwizard.lifecycle.Managed;
import io.flexprice.adapters.storage.postgres.EmbeddedPostgresServer;
import io.flexprice.adapters.storage.postgres.PostgresConnection;
import io.flexprice.adapters.storage.postgres.PostgresMigrations;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.bootstrap.config.FlexpriceSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The billing state store of a running process: the configured Postgres, or (with no
 * {@code postgres.host}) an embedded one whose data lives in {@code local.data_dir}; its connection
 * pool, migrated to the newest schema; and the MyBatis sessions over it. Stopping it closes the pool
 * and the embedded server.
 */
public final class PostgresLifecycle implements Managed, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresLifecycle.class);

    private final EmbeddedPostgresServer embedded;
    private final HikariDataSource dataSource;
    private final PostgresSessions sessions;

    private PostgresLifecycle(EmbeddedPostgresServer embedded, HikariDataSource dataSource) {
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.sessions = new PostgresSessions(dataSource);
    }

    /** Connects (starting the embedded server if there is no external one) and migrates the schema. */
    public static PostgresLifecycle open(FlexpriceSettings settings) {
        FlexpriceSettings.Postgres postgres = settings.postgres();
        Duration connectTimeout = Duration.ofMillis(postgres.connectTimeout().toMilliseconds());
        EmbeddedPostgresServer embedded = null;
        PostgresConnection connection;
        if (postgres.isExternal()) {
            connection = new PostgresConnection(postgres.host(), postgres.port(), postgres.dbname(), postgres.user(),
                    postgres.password(), postgres.sslmode(), postgres.maxOpenConns(), postgres.maxIdleConns(),
                    connectTimeout);
        } else {
            Path directory = Path.of(settings.local().dataDir()).toAbsolutePath().resolve("postgres");
            LOG.info("starting the embedded Postgres in {}", directory);
            embedded = EmbeddedPostgresServer.start(directory);
            connection = embedded.connection(postgres.maxOpenConns(), postgres.maxIdleConns(), connectTimeout);
        }
        HikariDataSource dataSource = null;
        try {
            dataSource = connection.open("flexprice-postgres");
            int applied = PostgresMigrations.migrate(dataSource);
            LOG.info("Postgres schema is current ({} migration(s) applied now)", applied);
            return new PostgresLifecycle(embedded, dataSource);
        } catch (RuntimeException failure) {
            if (dataSource != null) {
                dataSource.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw failure;
        }
    }

    public PostgresSessions sessions() {
        return sessions;
    }

    /** Healthy while a pooled connection answers within two seconds. */
    public HealthCheck healthCheck() {
        return new HealthCheck() {
            @Override
            protected Result check() throws SQLException {
                try (Connection connection = dataSource.getConnection()) {
                    return connection.isValid(2) ? Result.healthy() : Result.unhealthy("connection not valid");
                }
            }
        };
    }

    @Override
    public void stop() {
        close();
    }

    @Override
    public void close() {
        dataSource.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
