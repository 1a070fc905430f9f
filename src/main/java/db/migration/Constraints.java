package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and drops constraints that an earlier migration created without a name: H2 and PostgreSQL name them
 * differently, so Java migrations look the names up in the standard information schema before replacing them.
 */
final class Constraints {

    private Constraints() {}

    /** Names of the table's check constraints whose clause contains {@code clauseFragment} (case-insensitive). */
    static List<String> checks(Connection connection, String table, String clauseFragment) throws SQLException {
        return names(connection, """
                select tc.constraint_name from information_schema.table_constraints tc
                join information_schema.check_constraints cc on cc.constraint_name = tc.constraint_name
                where lower(tc.table_name) = ? and tc.constraint_type = 'CHECK'
                  and upper(cc.check_clause) like ?""", table, "%" + clauseFragment.toUpperCase() + "%");
    }

    /** Names of the table's unique constraints (not its primary key). */
    static List<String> uniques(Connection connection, String table) throws SQLException {
        return names(connection, """
                select constraint_name from information_schema.table_constraints
                where lower(table_name) = ? and constraint_type = 'UNIQUE'""", table);
    }

    static void drop(Statement statement, String table, List<String> names) throws SQLException {
        for (String name : names) {
            statement.execute("alter table " + table + " drop constraint \"" + name.replace("\"", "") + "\"");
        }
    }

    private static List<String> names(Connection connection, String sql, String... parameters) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }
}
