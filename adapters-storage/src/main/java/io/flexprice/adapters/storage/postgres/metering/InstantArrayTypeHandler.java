package io.flexprice.adapters.storage.postgres.metering;

import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Window and bucket starts as one {@code timestamptz[]} bind parameter, however many there are (a
 * statement takes at most 65,535 parameters). Typed on the wire, so that no plan parses it per row.
 * Parameters only: no statement reads such an array back.
 */
public final class InstantArrayTypeHandler extends BaseTypeHandler<List<Instant>> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, List<Instant> parameter, JdbcType jdbcType)
            throws SQLException {
        Array array = ps.getConnection().createArrayOf("timestamptz",
                parameter.stream().map(Instant::toString).toArray(String[]::new));
        ps.setArray(i, array);
        array.free(); // bound: the driver has its text already
    }

    @Override
    public List<Instant> getNullableResult(ResultSet rs, String columnName) {
        throw parametersOnly();
    }

    @Override
    public List<Instant> getNullableResult(ResultSet rs, int columnIndex) {
        throw parametersOnly();
    }

    @Override
    public List<Instant> getNullableResult(CallableStatement cs, int columnIndex) {
        throw parametersOnly();
    }

    private static UnsupportedOperationException parametersOnly() {
        return new UnsupportedOperationException("instant arrays are bound, never read");
    }
}
