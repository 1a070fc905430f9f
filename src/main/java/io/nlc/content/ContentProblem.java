package io.nlc.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a content folder or a content pack: the file, the item (or other id) concerned, and what is
 * wrong. The validator's messages are in English, the authors' language; a pack's safety checks also give a
 * translation key and its arguments ({@code messageKey}, {@code arguments}) so the administrators' screen says them
 * in the user's language.
 */
public record ContentProblem(
        String file,
        @Nullable String itemId,
        String message,
        @Nullable String messageKey,
        List<String> arguments) {

    public ContentProblem {
        arguments = List.copyOf(arguments);
    }

    public ContentProblem(String file, @Nullable String itemId, String message) {
        this(file, itemId, message, null, List.of());
    }

    @Override
    public String toString() {
        return itemId == null ? file + ": " + message : file + " [" + itemId + "]: " + message;
    }
}
