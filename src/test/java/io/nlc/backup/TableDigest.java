package io.nlc.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * For the restore drill (bin/drill-backup-restore, run with {@code java -cp h2.jar TableDigest.java URL [BEFORE]}):
 * prints every table of an H2 database as "table rows sha256", the checksum over its rows in sorted order, so two
 * databases compare line by line. With BEFORE (an ISO instant), backup_runs counts only the runs started before it:
 * the run that wrote a backup is recorded after the backup was taken.
 */
public final class TableDigest {

    private TableDigest() {}

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[0], "sa", "");
                Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                String sql = "select * from \"" + table + "\"";
                if (args.length > 1 && table.equalsIgnoreCase("backup_runs")) {
                    sql += " where started_at < timestamp with time zone '" + args[1].replace("'", "") + "'";
                }
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            Object value = rs.getObject(i);
                            String text = value instanceof byte[] bytes
                                    ? HexFormat.of().formatHex(bytes)
                                    : value instanceof java.sql.Blob blob
                                            ? HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()))
                                            : value instanceof java.sql.Clob clob
                                                    ? clob.getSubString(1, (int) clob.length())
                                                    : String.valueOf(value);
                            row.append(text.length()).append(':').append(text).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (String row : rows) {
                    sha.update(row.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                }
                System.out.println(table.toLowerCase() + " " + rows.size() + " "
                        + HexFormat.of().formatHex(sha.digest()));
            }
        }
    }
}
