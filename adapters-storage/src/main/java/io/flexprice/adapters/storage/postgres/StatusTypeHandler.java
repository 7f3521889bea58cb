package io.flexprice.adapters.storage.postgres;

import io.flexprice.domain.common.Status;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * {@link Status} as its lower-case wire value ({@code published}, {@code archived}, {@code deleted}),
 * the values the schema's CHECK constraints and partial unique indexes name.
 */
public final class StatusTypeHandler extends BaseTypeHandler<Status> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Status parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setString(i, parameter.wireValue());
    }

    @Override
    public Status getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return toStatus(rs.getString(columnName));
    }

    @Override
    public Status getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return toStatus(rs.getString(columnIndex));
    }

    @Override
    public Status getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return toStatus(cs.getString(columnIndex));
    }

    private static Status toStatus(String value) {
        return value == null ? null : Status.fromWire(value);
    }
}
