package io.flexprice.adapters.storage.postgres;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The schema, as Flyway migrations in {@code db/migration}. A released migration is never edited: a
 * change is a new version.
 */
public final class PostgresMigrations {

    public static final String LOCATION = "classpath:db/migration";

    private PostgresMigrations() {
    }

    /** Brings the schema to the newest version; returns how many migrations ran. */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}
