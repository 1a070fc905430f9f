package io.nlc.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A named table of an export: a header row and rows whose cells are text, numbers or empty. */
record Sheet(String name, List<String> header, List<List<@Nullable Object>> rows) {

    Sheet(String name, String... header) {
        this(name, List.of(header), new ArrayList<>());
    }

    void row(@Nullable Object... cells) {
        rows.add(Arrays.asList(cells));
    }
}
