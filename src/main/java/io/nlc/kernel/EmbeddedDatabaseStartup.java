package io.nlc.kernel;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Before the pool opens the embedded H2 file database, open it once and shut it down cleanly. After a crash, H2
 * 2.5.252 rolls back the transactions that were in flight when it reopens the file; the kill -9 drill showed that
 * the first commits made after such a recovery could be rolled back by the next recovery (acknowledged saves from
 * the first half second of serving were gone after the following kill: 30 of 895 and 9 of 540; with this step none
 * of 898). A clean shutdown right after the recovery writes its outcome and leaves no undo logs behind, so the
 * app's transactions start on a settled file. Costs one extra open and close of the file at start-up. PostgreSQL
 * and in-memory H2 are left alone. See docs/drills.md.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseStartup {

    private static final String H2_FILE = "jdbc:h2:file:";

    @Bean
    static BeanPostProcessor settleEmbeddedDatabaseBeforeThePoolOpens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                // Hikari connects lazily: after initialisation its settings are bound and no connection is open yet.
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith(H2_FILE)) {
                    settle(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                }
                return bean;
            }
        };
    }

    /** Opens the file (H2 recovers it if the last process crashed) and closes it cleanly. */
    static void settle(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the embedded database " + url, e);
        }
    }
}
