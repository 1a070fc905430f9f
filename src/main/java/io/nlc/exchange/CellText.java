package io.nlc.exchange;

/**
 * The OWASP rule against CSV (formula) injection: a cell whose text starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return could run as a formula in a spreadsheet program, so it is neutralised. In a
 * CSV file it is prefixed with a single quote; in an XLSX file it is a string cell marked "quote prefixed", which
 * spreadsheet programs keep as text even when the cell is edited.
 */
public final class CellText {

    private CellText() {}

    /** Whether a spreadsheet program could take the text for a formula. */
    public static boolean risky(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as it may go into a CSV cell. */
    public static String forCsv(String text) {
        return risky(text) ? "'" + text : text;
    }
}
