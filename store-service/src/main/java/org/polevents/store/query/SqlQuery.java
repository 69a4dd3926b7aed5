package org.polevents.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * SQL text and its bind parameters, in order. The text holds only constants chosen by the
 * builder; every value a user typed is a parameter.
 */
public record SqlQuery(String sql, List<Object> params) {
    public SqlQuery {
        Objects.requireNonNull(sql, "sql");
        params = List.copyOf(params);
    }

    /** Prepares the statement and binds the parameters; the caller closes it. */
    public PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }
}
