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

    /** A pooled data source; the caller closes it on shutdown. */
    public HikariDataSource open(String poolName) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(jdbcUrl());
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(minIdle);
        config.setConnectionTimeout(connectTimeout.toMillis());
        return new HikariDataSource(config);
    }
}
