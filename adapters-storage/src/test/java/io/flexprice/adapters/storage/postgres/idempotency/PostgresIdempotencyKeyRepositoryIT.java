package io.flexprice.adapters.storage.postgres.idempotency;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.adapters.storage.Fixtures;
import io.flexprice.adapters.storage.IdempotencyKeyRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.idempotency.IdempotencyKey;
import io.flexprice.ports.out.idempotency.IdempotencyKeyRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PostgresIdempotencyKeyRepositoryIT extends IdempotencyKeyRepositoryContract {

    private final PostgresIdempotencyKeyRepository repository =
            new PostgresIdempotencyKeyRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected IdempotencyKeyRepository repository() {
        return repository;
    }

    @Test
    void aClaimDeletesTheExpiredKeysOfItsScopeAndOnlyThose() throws SQLException {
        Scope scope = Fixtures.aScope();
        Scope otherScope = Fixtures.aScope();
        for (Scope each : new Scope[] {scope, otherScope}) {
            for (int i = 0; i < 3; i++) {
                repository.claim(each, new IdempotencyKey("old-" + i), "fp", T0, T0.minusSeconds(1));
            }
        }
        repository.claim(scope, new IdempotencyKey("recent"), "fp", T0.plusSeconds(10), T0.minusSeconds(1));

        repository.claim(scope, new IdempotencyKey("new"), "fp", T0.plusSeconds(20), T0.plusSeconds(1));

        assertThat(rows(scope)).isEqualTo(2); // "recent" and "new"
        assertThat(rows(otherScope)).isEqualTo(3);
    }

    private static long rows(Scope scope) throws SQLException {
        try (Connection connection = PostgresTestDatabase.shared().dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM idempotency_keys WHERE tenant_id = ? AND environment_id = ?")) {
            count.setString(1, scope.tenantId().value());
            count.setString(2, scope.environmentId().value());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
