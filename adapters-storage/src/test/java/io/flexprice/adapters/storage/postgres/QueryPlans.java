package io.flexprice.adapters.storage.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;

/** The plan Postgres runs a mapped statement with: the SQL and bind values MyBatis would send, under EXPLAIN. */
public final class QueryPlans {

    private QueryPlans() {
    }

    /**
     * {@code EXPLAIN (ANALYZE, BUFFERS)} of statement {@code statementId} (the mapper's interface name,
     * a dot, the method) for {@code parameter}: what the mapper method receives, its {@code @Param}
     * values in a map.
     */
    public static List<String> explain(PostgresSessions sessions, DataSource dataSource, String statementId,
                                       Object parameter) throws SQLException {
        MappedStatement statement = sessions.manager().getConfiguration().getMappedStatement(statementId);
        BoundSql sql = statement.getBoundSql(parameter);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql.getSql())) {
            new DefaultParameterHandler(statement, parameter, sql).setParameters(explain);
            List<String> plan = new ArrayList<>();
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            }
            return plan;
        }
    }
}
