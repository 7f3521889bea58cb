package io.flexprice.adapters.storage.postgres;

import java.sql.SQLException;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * How the Postgres adapters recognise and report failed writes: Postgres's SQLSTATE read out of the
 * exceptions MyBatis wraps it in, and update counts.
 */
public final class PostgresErrors {

    private static final String UNIQUE_VIOLATION = "23505";

    private PostgresErrors() {
    }

    /** Whether {@code failure} is a unique violation of the constraint or unique index {@code name}. */
    public static boolean isUniqueViolation(Throwable failure, String name) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())) {
                return psql.getServerErrorMessage() != null
                        && name.equals(psql.getServerErrorMessage().getConstraint());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null
                    && isUniqueViolation(sql.getNextException(), name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs a write; if it violates the unique constraint or index {@code name}, throws what
     * {@code rejection} supplies instead, so a repository reports a taken key as the port says. Any other
     * failure propagates unchanged. Either way the transaction the write ran in is aborted: its unit of
     * work can only roll back.
     *
     * @return what {@code write} returned (MyBatis's count of the rows written)
     */
    public static int rejectingUniqueViolation(String name, Supplier<? extends RuntimeException> rejection,
                                               IntSupplier write) {
        try {
            return write.getAsInt();
        } catch (PersistenceException failure) {
            if (isUniqueViolation(failure, name)) {
                throw rejection.get();
            }
            throw failure;
        }
    }

    /**
     * Checks the count of an update by id: updating a row that is not stored (in the scope named) is a
     * programming error, as in the in-memory adapters, since ids are generated.
     */
    public static void requireOneUpdated(int rows, Object id) {
        if (rows != 1) {
            throw new IllegalStateException("no row with id " + id + " to update in its scope");
        }
    }
}
