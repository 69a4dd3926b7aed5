package org.polevents.deploy.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.polevents.deploy.local.LocalStack;

/**
 * Which SQL statements the services spent PostgreSQL's time on during a load run, from
 * {@code pg_stat_statements} (the stack must preload it): PostgreSQL is the largest CPU cost of the
 * pipeline, and the per-statement figures say which query to change.
 */
public final class StatementProfile {
    private static final String DATABASE = "postgres";

    private StatementProfile() {
    }

    /** Forgets what the services did while starting (migrations, warm-up), so the profile covers the run. */
    public static void reset(LocalStack stack) {
        try (Connection c = stack.dataSource(DATABASE).getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            st.execute("SELECT pg_stat_statements_reset()");
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements is not available: " + e.getMessage(), e);
        }
    }

    /** The {@code limit} statements with the most planning and execution time, over all databases. */
    public static void print(LocalStack stack, int limit, PrintStream out) {
        String sql = "SELECT d.datname, s.calls, s.rows, s.total_plan_time + s.total_exec_time AS ms, "
                + "s.shared_blks_hit + s.shared_blks_read AS blocks, regexp_replace(s.query, '\\s+', ' ', 'g'), "
                + "s.total_plan_time "
                + "FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid ORDER BY ms DESC LIMIT " + limit;
        try (Connection c = stack.dataSource(DATABASE).getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            out.println("PostgreSQL statements by time (plan + execute):");
            out.println("database          calls       rows    total ms   planning  blocks/call  statement");
            while (rs.next()) {
                long calls = rs.getLong(2);
                String query = rs.getString(6);
                out.printf("%-16s %6d %10d %11.0f %10.0f %12.1f  %s%n", rs.getString(1).replace("polevents_", ""), calls,
                        rs.getLong(3), rs.getDouble(4), rs.getDouble(7), calls == 0 ? 0 : rs.getLong(5) / (double) calls,
                        query.length() > 160 ? query.substring(0, 160) + "..." : query);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read pg_stat_statements", e);
        }
        try (Connection c = stack.dataSource(DATABASE).getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT datname, sessions, xact_commit, xact_rollback FROM pg_stat_database "
                        + "WHERE datname LIKE 'polevents%' ORDER BY datname")) {
            while (rs.next()) {
                out.printf("database %s: %d sessions, %d commits, %d rollbacks%n", rs.getString(1).replace("polevents_", ""),
                        rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read database statistics", e);
        }
        out.println("tables: rows inserted, updated (of which in place, HOT), dead row versions, autovacuum runs");
        for (String database : new String[] {"polevents_ingest", "polevents_store"}) {
            try (Connection c = stack.dataSource(database).getConnection(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_dead_tup, "
                            + "autovacuum_count FROM pg_stat_user_tables WHERE n_tup_ins > 0 ORDER BY relname")) {
                while (rs.next()) {
                    out.printf("  %-16s %-22s ins %8d  upd %8d (HOT %8d)  dead %8d  autovacuum %d%n",
                            database.replace("polevents_", ""), rs.getString(1), rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not read table statistics of " + database, e);
            }
        }
    }
}
