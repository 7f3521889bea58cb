package io.flexprice.adapters.storage.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real Postgres server run from a Maven artifact (no installation), keeping its data in a directory
 * of the caller's choosing, so a restart finds it again. Local mode's default, and the tests' server.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server on a free loopback port over {@code dataDirectory}, creating it on first use. */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Postgres in " + dataDirectory, e);
        }
    }

    /** How to reach it: the superuser on the default database, a small pool. */
    public PostgresConnection connection(int maxPoolSize) {
        return new PostgresConnection("localhost", postgres.getPort(), "postgres", "postgres", "", "disable",
                maxPoolSize, Math.min(1, maxPoolSize), Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded Postgres", e);
        }
    }
}
