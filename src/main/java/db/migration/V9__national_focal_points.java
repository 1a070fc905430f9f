package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * National focal points: a role linked to a set of cities, and a second answer set ("perspective") on the same
 * assessment. The role checks of V1 and the answer's unique key were created without names, so they are looked
 * up ({@link Constraints}) before being replaced with named ones.
 */
public class V9__national_focal_points extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        var roleChecks = Constraints.checks(connection, "app_user", "ADMINISTRATOR");
        var answerUniques = Constraints.uniques(connection, "answer");
        try (Statement statement = connection.createStatement()) {
            Constraints.drop(statement, "app_user", roleChecks);
            statement.execute("""
                    alter table app_user add constraint app_user_role_check_v9 check (role in
                    ('CITY_MEMBER', 'CITY_COORDINATOR', 'HUB_ADVISOR', 'ADMINISTRATOR', 'NATIONAL_FOCAL_POINT'))""");
            // City roles belong to a city, advisors to a hub; administrators and focal points to neither
            // (a focal point's cities are in focal_point_city).
            statement.execute("""
                    alter table app_user add constraint app_user_placement_check_v9 check (
                       (role in ('CITY_MEMBER', 'CITY_COORDINATOR') and city_id is not null and hub_id is null)
                    or (role = 'HUB_ADVISOR' and hub_id is not null and city_id is null)
                    or (role in ('ADMINISTRATOR', 'NATIONAL_FOCAL_POINT') and city_id is null and hub_id is null))""");
            statement.execute("""
                    create table focal_point_city (
                        user_id bigint not null references app_user (id) on delete cascade,
                        city_id bigint not null references city (id) on delete cascade,
                        primary key (user_id, city_id))""");
            statement.execute("create index focal_point_city_city_idx on focal_point_city (city_id)");

            statement.execute("alter table answer add column perspective varchar(10) default 'LOCAL' not null");
            statement.execute("alter table answer add constraint answer_perspective_check_v9 "
                    + "check (perspective in ('LOCAL', 'NATIONAL'))");
            Constraints.drop(statement, "answer", answerUniques);
            statement.execute("alter table answer add constraint answer_item_unique_v9 "
                    + "unique (assessment_id, perspective, item_id)");
        }
    }
}
