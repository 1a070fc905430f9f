package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lets the audit trail record comments too. The kind check of V2 was created without a name, so it is looked up
 * ({@link Constraints}) before being replaced with a named one.
 */
public class V8__audit_comments extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var names = Constraints.checks(context.getConnection(), "audit_entry", "STATUS");
        try (Statement statement = context.getConnection().createStatement()) {
            Constraints.drop(statement, "audit_entry", names);
            statement.execute("alter table audit_entry add constraint audit_entry_kind_check_v8 "
                    + "check (kind in ('ANSWER', 'TARGET', 'STATUS', 'COMMENT'))");
        }
    }
}
