package io.nlc.exchange;

import io.nlc.organisation.CityRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What importing a JSON archive would create, checked before anything is written: the archive read, the city it
 * goes to, how much it holds, the people it names who have no account here (kept as names), and the problems that
 * refuse it, each with the JSON path it was found at.
 */
public record ArchivePreview(
        @Nullable Archive archive,
        @Nullable CityRef city,
        Counts counts,
        List<String> unknownPeople,
        List<Problem> problems) {

    public ArchivePreview {
        unknownPeople = List.copyOf(unknownPeople);
        problems = List.copyOf(problems);
    }

    static ArchivePreview refused(Problem problem) {
        return new ArchivePreview(null, null, Counts.NONE, List.of(), List.of(problem));
    }

    /** The refusal of a file over {@link AssessmentArchive#MAX_BYTES}, as the upload field reports it. */
    public static ArchivePreview tooLarge() {
        return refused(AssessmentArchive.tooLarge());
    }

    /** The refusal of a file that is not JSON. */
    public static ArchivePreview notJson() {
        return refused(Problem.of("$", "archive.error.not-json"));
    }

    public boolean applicable() {
        return problems.isEmpty() && archive != null && city != null;
    }

    /** How many of each the archive holds. */
    public record Counts(
            int answers, int nationalAnswers, int threads, int messages, int actions, int notes, int history) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);
    }

    /** A refusal: where in the file ({@code $} for the whole file), its translation key and arguments. */
    public record Problem(String path, String messageKey, List<String> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        static Problem of(String path, String messageKey, String... arguments) {
            return new Problem(path, messageKey, List.of(arguments));
        }
    }
}
