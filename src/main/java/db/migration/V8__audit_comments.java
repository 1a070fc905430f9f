package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lets the audit trail record comments too. The kind check of V2 was created without a name, and H2 and
 * PostgreSQL name it differently, so this migration looks the name up before replacing it with a named one.
 */
public class V8__audit_comments extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select tc.constraint_name from information_schema.table_constraints tc
                join information_schema.check_constraints cc on cc.constraint_name = tc.constraint_name
                where lower(tc.table_name) = 'audit_entry' and tc.constraint_type = 'CHECK'
                  and upper(cc.check_clause) like '%STATUS%'""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("alter table audit_entry drop constraint \"" + name.replace("\"", "") + "\"");
            }
            statement.execute("alter table audit_entry add constraint audit_entry_kind_check_v8 "
                    + "check (kind in ('ANSWER', 'TARGET', 'STATUS', 'COMMENT'))");
        }
    }
}
