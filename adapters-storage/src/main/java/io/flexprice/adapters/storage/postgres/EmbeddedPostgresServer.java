package io.flexprice.adapters.storage.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Postgres server run from a Maven artifact (no installation), keeping its data in a directory
 * of the caller's choosing, so a restart finds it again. Local mode's default, and the tests' server.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a durable server on a free loopback port over {@code dataDirectory}, creating it on first
     * use. A server left running on the directory by a process that was killed is stopped first.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        return start(dataDirectory, true);
    }

    /**
     * As {@link #start(Path)}; {@code durable} false skips fsync and synchronous commit (the library's
     * defaults), which is faster and fit only for data that may be lost, such as a test's.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            stopOrphan(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (durable) {
                // the library starts postgres with -F (no fsync); a later -c setting wins
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Postgres in " + dataDirectory, e);
        }
    }

    /**
     * A killed JVM leaves its postmaster running and holding the directory's lock: ask it to shut down
     * (SIGTERM; its clients died with the JVM) and wait for it.
     */
    private static void stopOrphan(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isPresent()) {
            LOG.warn("stopping a Postgres (pid {}) left running on {} by an earlier process", orphan.get().pid(),
                    dataDirectory);
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while stopping the orphaned Postgres", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("the orphaned Postgres (pid " + orphan.get().pid() + ") did not stop", e);
            }
        }
    }

    /** How to reach it: the superuser on the default database, over loopback. */
    public PostgresConnection connection(int maxPoolSize, int minIdle, Duration connectTimeout) {
        return new PostgresConnection("localhost", postgres.getPort(), "postgres", "postgres", "", "disable",
                maxPoolSize, minIdle, connectTimeout);
    }

    /** {@link #connection(int, int, Duration)} with one idle connection and a 10 s connect timeout. */
    public PostgresConnection connection(int maxPoolSize) {
        return connection(maxPoolSize, 1, Duration.ofSeconds(10));
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
