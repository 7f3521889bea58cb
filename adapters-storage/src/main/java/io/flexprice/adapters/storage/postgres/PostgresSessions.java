package io.flexprice.adapters.storage.postgres;

import io.flexprice.domain.common.Status;
import java.time.Instant;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.session.SqlSessionManager;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * MyBatis over one Postgres {@link DataSource}: every mapper interface of this package and its
 * subpackages (its SQL in the XML file of the same name beside it) and the thread-bound sessions
 * {@link PostgresTransactions} opens. A mapper called outside a transaction runs in its own
 * auto-committed session.
 */
public final class PostgresSessions {

    private final SqlSessionManager manager;

    public PostgresSessions(DataSource dataSource) {
        Configuration configuration = new Configuration(
                new Environment("flexprice", new JdbcTransactionFactory(), dataSource));
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setDefaultStatementTimeout(30);
        configuration.getTypeHandlerRegistry().register(Instant.class, new InstantTypeHandler());
        configuration.getTypeHandlerRegistry().register(Status.class, new StatusTypeHandler());
        configuration.addMappers(PostgresSessions.class.getPackageName());
        this.manager = SqlSessionManager.newInstance(new SqlSessionFactoryBuilder().build(configuration));
    }

    /** A thread-safe mapper: it joins the thread's transaction if one is open. */
    public <T> T mapper(Class<T> type) {
        return manager.getMapper(type);
    }

    SqlSessionManager manager() {
        return manager;
    }
}
