package io.flexprice.adapters.storage.postgres;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real Postgres per test JVM, started on first use in a fresh directory and migrated to the newest
 * schema. Contract tests isolate themselves by scope (a new tenant per test), so they share it.
 */
public final class PostgresTestDatabase {

    private static PostgresTestDatabase shared;

    private final EmbeddedPostgresServer server;
    private final HikariDataSource dataSource;
    private final PostgresSessions sessions;

    private PostgresTestDatabase(Path directory) {
        server = EmbeddedPostgresServer.start(directory, false); // test data may be lost
        dataSource = server.connection(8).open("flexprice-test");
        PostgresMigrations.migrate(dataSource);
        sessions = new PostgresSessions(dataSource);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dataSource.close();
            server.close();
        }, "postgres-test-shutdown"));
    }

    public static synchronized PostgresTestDatabase shared() {
        if (shared == null) {
            try {
                shared = new PostgresTestDatabase(Files.createTempDirectory("flexprice-pg-test"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public PostgresSessions sessions() {
        return sessions;
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    public PostgresTransactions transactions() {
        return new PostgresTransactions(sessions);
    }
}
