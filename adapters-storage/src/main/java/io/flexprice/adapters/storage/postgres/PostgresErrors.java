package io.flexprice.adapters.storage.postgres;

import java.sql.SQLException;

/** Reads Postgres's SQLSTATE out of the exceptions MyBatis wraps it in. */
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
}
