package io.nlc.testsupport;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes the database refuse one round's answers at one level, until closed: a write that fails for a reason other
 * than a conflict, as a broken constraint or an unwell database would make it fail.
 */
public final class RefusedAnswers implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final String name;

    public RefusedAnswers(DataSource dataSource, long assessmentId, int level) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.name = "test_refuse_" + assessmentId + "_" + level;
        jdbc.execute("alter table answer add constraint " + name + " check (assessment_id <> " + assessmentId
                + " or level is null or level <> " + level + ")");
    }

    @Override
    public void close() {
        jdbc.execute("alter table answer drop constraint " + name);
    }
}
