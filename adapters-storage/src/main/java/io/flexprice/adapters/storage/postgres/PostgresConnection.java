package io.flexprice.adapters.storage.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the billing state lives and how many connections to keep to it.
 *
 * @param sslMode libpq's sslmode: disable, allow, prefer, require, verify-ca, verify-full
 */
public record PostgresConnection(String host, int port, String database, String user, String password,
                                 String sslMode, int maxPoolSize, int minIdle, Duration connectTimeout) {

    public PostgresConnection {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        if (maxPoolSize < 1 || minIdle < 0 || minIdle > maxPoolSize) {
            throw new IllegalArgumentException("need 1 <= max pool size and 0 <= min idle <= max pool size");
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?sslmode=" + sslMode;
    }

    /** A pooled data source whose statements are always planned for their values; the caller closes it. */
    public HikariDataSource open(String poolName) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(jdbcUrl());
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(minIdle);
        config.setConnectionTimeout(connectTimeout.toMillis());
        // Usage queries are skewed by tenant and customer: a plan cached without the bound values (what
        // Postgres may keep once pgjdbc prepares a statement on its fifth run) is several times slower
        // than one made for them (docs/benchmarks.md). Planning these statements costs well under 1 ms.
        config.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
        return new HikariDataSource(config);
    }
}
