package io.flexprice.adapters.storage.postgres;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresMigrationsIT {

    @Test
    void every_migration_runs_on_an_empty_database_and_a_second_run_has_nothing_to_do(@TempDir Path directory)
            throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory.resolve("pg"));
             var dataSource = server.connection(2).open("migrations-test")) {
            int executed = PostgresMigrations.migrate(dataSource);

            assertThat(executed).isPositive();
            assertThat(PostgresMigrations.migrate(dataSource)).isZero();
            assertThat(tables(dataSource.getConnection())).contains("flyway_schema_history");
        }
    }

    @Test
    void the_server_keeps_its_data_directory_across_restarts(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("pg");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data);
             var dataSource = server.connection(2).open("restart-test");
             Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
            assertThat(setting(connection, "fsync")).as("a durable server syncs to disk").isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
        }
        assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data);
             var dataSource = server.connection(2).open("restart-test");
             Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void a_server_left_running_by_a_killed_process_is_stopped_and_the_data_kept(@TempDir Path directory)
            throws Exception {
        Path data = directory.resolve("pg");
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledOwner.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(owner.getInputStream(), UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals(KilledOwner.READY));
            assertThat(line).as("the owner process got its server running").isEqualTo(KilledOwner.READY);
        }
        owner.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, the postmaster lives on

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data);
             var dataSource = server.connection(1).open("after-orphan");
             Connection connection = dataSource.getConnection();
             ResultSet rs = connection.createStatement().executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(7);
        }
    }

    /** A process that starts a server on a directory, writes a row, says so, and waits to be killed. */
    static final class KilledOwner {

        static final String READY = "owner-ready";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
            try (var dataSource = server.connection(1).open("owner");
                 Connection connection = dataSource.getConnection()) {
                connection.createStatement().execute("CREATE TABLE kept (v int); INSERT INTO kept VALUES (7)");
            }
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static String setting(Connection connection, String name) throws Exception {
        try (ResultSet rs = connection.createStatement().executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> tables(Connection connection) throws Exception {
        try (connection; ResultSet rs = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
            return names;
        }
    }
}
