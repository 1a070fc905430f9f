package io.nlc.content;

import org.jspecify.annotations.Nullable;

/** One problem found in a content folder: the file, the item (or other id) concerned, and what is wrong. */
public record ContentProblem(String file, @Nullable String itemId, String message) {

    @Override
    public String toString() {
        return itemId == null ? file + ": " + message : file + " [" + itemId + "]: " + message;
    }
}
