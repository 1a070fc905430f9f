package io.nlc.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.testsupport.TestPacks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutation-based fuzzing of the content pack reader: bytes and files of a good pack are mutated, and every mutant
 * must end in a clean refusal (a {@link ContentValidationException} listing problems) or a valid framework, never
 * another exception. The corpus under {@code src/test/resources/content-pack-corpus} is replayed on every run;
 * {@code -Dcontentpack.corpus.write=true} adds the mutants that produced an outcome not seen before.
 */
class ContentPackFuzzTest {

    static final Path CORPUS = Path.of("src/test/resources/content-pack-corpus");
    static final List<String> NASTY = List.of(
            "",
            "~",
            "[]",
            "{}",
            "-1",
            "1e309",
            "99999999999999999999",
            "0x10",
            ".nan",
            "&a [*a, *a]",
            "*undefined",
            "!!binary AAAA",
            "!!java.io.File x",
            "'\u202Eevil'",
            "\"\\uD800\"",
            "x".repeat(5000),
            "{en: a, fr: b, ar: c, de: d}",
            "../framework.yaml",
            "themes/t1.yaml",
            "T1.1",
            "core",
            "null");
    static final List<String> NAMES = List.of(
            "../x.yaml", "/abs.yaml", "themes/t1.yaml", "framework.yaml", "a\\b.yaml", "x.exe", "dir/", "v3/x.yaml");

    @Test
    void theCorpusIsRefusedCleanlyOrReadValidly() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(CORPUS)) {
            files = listed.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            outcome(Files.readAllBytes(file), file.getFileName().toString());
        }
    }

    @Test
    void mutantsOfAGoodPackAreRefusedCleanlyOrReadValidly() throws IOException {
        Map<String, String> good = TestPacks.files(3);
        byte[] zip = TestPacks.zip(good);
        Random random = new Random(20261201L);
        Set<String> outcomes = new HashSet<>();
        boolean write = Boolean.getBoolean("contentpack.corpus.write");
        // At least 60 mutants, then as many as 4 seconds allow (the machine may be busy), at most 600.
        long deadline = System.nanoTime() + 4_000_000_000L;
        int round = 0;
        for (; round < 600 && (round < 60 || System.nanoTime() < deadline); round++) {
            byte[] mutant = round % 3 == 0 ? bytes(zip, random) : files(good, random);
            String outcome = outcome(mutant, "mutant " + round);
            if (outcomes.add(outcome) && write) {
                Files.write(CORPUS.resolve("mutant-" + round + ".zip"), mutant);
            }
        }
        assertThat(outcomes).as("the mutations reach several checks").hasSizeGreaterThan(10);
    }

    /** What reading gives, as a short signature; fails on anything but a framework or a clean refusal. */
    private static String outcome(byte[] zip, String name) {
        try {
            Framework framework = ContentPackReader.read("fuzz.zip", zip);
            assertThat(framework.themes()).as(name).isNotEmpty();
            assertThat(framework.checksum()).as(name).matches("[0-9a-f]{64}");
            return "valid";
        } catch (ContentValidationException refused) {
            assertThat(refused.problems()).as(name).isNotEmpty();
            for (ContentProblem problem : refused.problems()) {
                assertThat(problem.file()).as(name).isNotBlank();
                // Said in English from the bundle, not the bare key that a missing translation falls back to.
                assertThat(problem.message()).as(name).isNotBlank().doesNotStartWith(problem.key());
            }
            return refused.problems().stream()
                    .map(ContentProblem::key)
                    .sorted()
                    .distinct()
                    .collect(Collectors.joining("|"));
        }
    }

    /** Flips, drops or repeats a few bytes, or cuts the zip short. */
    private static byte[] bytes(byte[] good, Random random) {
        byte[] mutant = good.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    mutant[random.nextInt(mutant.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> mutant = Arrays.copyOf(mutant, random.nextInt(mutant.length));
            default -> {
                int at = random.nextInt(mutant.length);
                int length = Math.min(1 + random.nextInt(64), mutant.length - at);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(mutant, 0, at + length);
                out.write(mutant, at, mutant.length - at);
                mutant = out.toByteArray();
            }
        }
        return mutant;
    }

    /** Changes the files as an author (or a tool) might: lines dropped, repeated or given a nasty value, files renamed. */
    private static byte[] files(Map<String, String> good, Random random) {
        Map<String, String> files = new java.util.LinkedHashMap<>(good);
        List<String> names = new ArrayList<>(files.keySet());
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            String name = names.get(random.nextInt(names.size()));
            String text = files.get(name);
            if (text == null) {
                continue;
            }
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int line = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(line);
                case 1 -> lines.add(line, lines.get(line));
                case 2 -> {
                    String value = lines.get(line);
                    int colon = value.indexOf(": ");
                    String nasty = NASTY.get(random.nextInt(NASTY.size()));
                    lines.set(line, colon < 0 ? nasty : value.substring(0, colon + 2) + nasty);
                }
                case 3 -> lines.set(line, " " + lines.get(line));
                case 4 -> {
                    files.remove(name);
                    files.put(NAMES.get(random.nextInt(NAMES.size())), text);
                    continue;
                }
                default -> files.remove(name);
            }
            files.put(name, String.join("\n", lines));
        }
        return TestPacks.zip(files);
    }
}
