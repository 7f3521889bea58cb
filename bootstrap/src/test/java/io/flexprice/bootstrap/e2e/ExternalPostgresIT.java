package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.adapters.storage.postgres.EmbeddedPostgresServer;
import io.flexprice.adapters.storage.postgres.PostgresConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code FLEXPRICE_POSTGRES_*} set, local mode keeps its state in that server and embeds none. */
class ExternalPostgresIT {

    @Test
    void local_mode_uses_the_configured_postgres_server(@TempDir Path directory) throws Exception {
        Path localData = directory.resolve("local-data");
        try (EmbeddedPostgresServer external = EmbeddedPostgresServer.start(directory.resolve("server"), false)) {
            PostgresConnection server = external.connection(2);
            try (RunningApplication app = RunningApplication.start(Map.of(
                    "FLEXPRICE_LOCAL_DATA_DIR", localData.toString(),
                    "FLEXPRICE_POSTGRES_HOST", server.host(),
                    "FLEXPRICE_POSTGRES_PORT", String.valueOf(server.port()),
                    "FLEXPRICE_POSTGRES_USER", server.user(),
                    "FLEXPRICE_POSTGRES_PASSWORD", "",
                    "FLEXPRICE_POSTGRES_DBNAME", server.database(),
                    "FLEXPRICE_POSTGRES_SSLMODE", "disable",
                    "FLEXPRICE_POSTGRES_MAX_OPEN_CONNS", "3"), RunningApplication.MICROSECOND_CLOCK)) {
                String id = app.post("/v1/customers", "{\"external_id\": \"elsewhere\"}").body().get("id").asText();

                try (var dataSource = server.open("external-check");
                     Connection connection = dataSource.getConnection();
                     PreparedStatement select = connection.prepareStatement(
                             "SELECT external_id FROM customers WHERE id = ?")) {
                    select.setString(1, id);
                    try (ResultSet rs = select.executeQuery()) {
                        assertThat(rs.next()).as("the customer is in the configured server").isTrue();
                        assertThat(rs.getString(1)).isEqualTo("elsewhere");
                    }
                }
            }
        }
        assertThat(localData.resolve("postgres")).as("no embedded server was started").satisfies(
                path -> assertThat(Files.exists(path)).isFalse());
    }
}
