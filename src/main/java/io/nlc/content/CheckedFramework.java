package io.nlc.content;

import java.util.List;

/**
 * A framework version that reads and validates, with the warnings found beside it: forms its texts use that the
 * glossary says to avoid. Warnings never refuse a version; errors do, as a {@link ContentValidationException}.
 */
public record CheckedFramework(Framework framework, List<ContentProblem> warnings) {

    public CheckedFramework {
        warnings = List.copyOf(warnings);
    }
}
