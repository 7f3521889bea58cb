package io.flexprice.adapters.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresConnectionIT {

    @Test
    void pooled_connections_plan_every_statement_for_its_values() throws SQLException {
        try (Connection connection = PostgresTestDatabase.shared().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW plan_cache_mode")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("force_custom_plan");
        }
    }
}
