package io.nlc.content;

import java.util.List;
import java.util.stream.Collectors;

/** A framework version that cannot be used; lists every problem found, never a half-loaded framework. */
public class ContentValidationException extends RuntimeException {

    private final List<ContentProblem> problems;

    public ContentValidationException(String source, List<ContentProblem> problems) {
        super("The framework content in " + source + " is invalid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
