package io.nlc.kernel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A plain HTML table that becomes one card per row at phone width (styles.css, {@code .data-table}): each cell then
 * shows its column's name before its value, so nothing scrolls sideways. The first column is the card's title.
 * Small tables only: every row is rendered at once. In the kernel because every module's screens use it.
 */
public class DataTable<T> extends NativeTable {

    private record Column<T>(String header, Function<T, ?> value, String className) {}

    private final List<Column<T>> columns = new ArrayList<>();
    private final NativeTableBody body = new NativeTableBody();
    private final NativeTableRow headerRow = new NativeTableRow();

    public DataTable(String className) {
        addClassName("data-table");
        addClassName(className);
        NativeTableHeader head = new NativeTableHeader();
        head.add(headerRow);
        add(head, body);
    }

    /** A column whose value is text or a component. */
    public DataTable<T> column(String header, Function<T, ?> value) {
        return column(header, value, "");
    }

    /** A column with a class on its cells, e.g. {@code number} to align figures. */
    public DataTable<T> column(String header, Function<T, ?> value, String className) {
        columns.add(new Column<>(header, value, className));
        NativeTableHeaderCell cell = new NativeTableHeaderCell(header);
        cell.getElement().setAttribute("scope", "col");
        if (!className.isEmpty()) {
            cell.addClassName(className);
        }
        headerRow.add(cell);
        return this;
    }

    public void setItems(List<T> items) {
        body.removeAll();
        for (T item : items) {
            NativeTableRow row = new NativeTableRow();
            for (Column<T> column : columns) {
                NativeTableCell cell = new NativeTableCell();
                cell.getElement().setAttribute("data-label", column.header());
                if (!column.className().isEmpty()) {
                    cell.addClassName(column.className());
                }
                Object value = column.value().apply(item);
                if (value instanceof Component component) {
                    cell.add(component);
                } else {
                    cell.setText(value == null ? "" : value.toString());
                }
                row.add(cell);
            }
            body.add(row);
        }
    }

    /** The number of rows shown. */
    public int rowCount() {
        return (int) body.getChildren().count();
    }

    /** The text of one cell as a person reads it: without the invisible isolates around user text. */
    public String cellText(int row, int column) {
        Component cells = body.getChildren().toList().get(row);
        return cells.getChildren()
                .toList()
                .get(column)
                .getElement()
                .getTextRecursively()
                .replaceAll("[\u2066-\u2069]", "");
    }
}
