package io.flexprice.adapters.storage.postgres;

import io.flexprice.ports.out.common.Transactions;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.apache.ibatis.session.SqlSessionManager;

/**
 * A unit of work is one Postgres transaction bound to the calling thread: every mapper call inside it
 * uses the same connection; it commits when the work returns and rolls back when it throws.
 */
public final class PostgresTransactions implements Transactions {

    private final SqlSessionManager manager;

    @Inject
    public PostgresTransactions(PostgresSessions sessions) {
        this.manager = sessions.manager();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (manager.isManagedSessionStarted()) {
            return work.get(); // nested: join the outer transaction
        }
        manager.startManagedSession();
        try {
            T result = work.get();
            manager.commit(true);
            return result;
        } catch (RuntimeException | Error failure) {
            manager.rollback(true);
            throw failure;
        } finally {
            manager.close();
        }
    }
}
