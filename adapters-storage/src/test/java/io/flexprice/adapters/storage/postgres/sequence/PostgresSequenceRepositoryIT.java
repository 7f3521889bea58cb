package io.flexprice.adapters.storage.postgres.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.adapters.storage.Fixtures;
import io.flexprice.adapters.storage.SequenceRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.adapters.storage.postgres.PostgresTransactions;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.common.SequenceRepository;
import io.flexprice.ports.out.common.Transactions;
import org.junit.jupiter.api.Test;

class PostgresSequenceRepositoryIT extends SequenceRepositoryContract {

    private final PostgresSequenceRepository sequences =
            new PostgresSequenceRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresTransactions transactions = PostgresTestDatabase.shared().transactions();

    @Override
    protected SequenceRepository sequences() {
        return sequences;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Test
    void aUnitOfWorkThatRollsBackGivesItsNumberBack() {
        Scope scope = Fixtures.aScope();
        sequences.next(scope, "invoice:202611");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            assertThat(sequences.next(scope, "invoice:202611")).isEqualTo(2);
            throw new IllegalStateException("the invoice could not be stored");
        })).hasMessage("the invoice could not be stored");

        assertThat(transactions.inTransaction(() -> sequences.next(scope, "invoice:202611"))).isEqualTo(2);
    }
}
