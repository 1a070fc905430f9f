package io.nlc.exchange;

import static io.nlc.testsupport.Fixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Tier;
import io.nlc.discussion.Discussions;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.plan.ActionDraft;
import io.nlc.plan.ActionPlans;
import io.nlc.testsupport.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutation-based fuzzing of the archive import: bytes and JSON values of a good archive are mutated, and every mutant
 * must end in a clean refusal or a preview that applies all or nothing, never an exception from the preview. The
 * corpus under {@code src/test/resources/archive-corpus} is replayed on every run; {@code
 * -Darchive.corpus.write=true} adds the mutants that produced an outcome not seen before.
 */
@SpringBootTest
class ArchiveFuzzTest {

    static final Path CORPUS = Path.of("src/test/resources/archive-corpus");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<JsonNode> NASTY;

    static {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        List<JsonNode> nasty = new ArrayList<>(List.of(
                nodes.nullNode(),
                nodes.textNode(""),
                nodes.textNode("=1+1"),
                nodes.textNode("\u202Eevil"),
                nodes.textNode("x".repeat(2100)),
                nodes.textNode("NO-SUCH-ITEM"),
                nodes.textNode("2026-13-45T99:99:99Z"),
                nodes.textNode("LEVEL"),
                nodes.numberNode(-1),
                nodes.numberNode(5),
                nodes.numberNode(2.5),
                nodes.numberNode(Long.MAX_VALUE),
                nodes.booleanNode(true),
                nodes.arrayNode(),
                nodes.objectNode()));
        ArrayNode deep = nodes.arrayNode();
        ArrayNode inner = deep;
        for (int i = 0; i < 200; i++) {
            ArrayNode next = nodes.arrayNode();
            inner.add(next);
            inner = next;
        }
        nasty.add(deep);
        NASTY = List.copyOf(nasty);
    }

    @Autowired
    AssessmentArchive archives;

    @Autowired
    AssessmentService assessments;

    @Autowired
    Discussions discussions;

    @Autowired
    ActionPlans plans;

    @Autowired
    OrganisationSetup setup;

    Fixtures world;
    long assessment;

    @BeforeEach
    void createRound() {
        world = new Fixtures(setup);
        signIn(world.coordinatorA1);
        assessment = assessments.start(new NewAssessment(world.cityA1, "2026", Tier.CORE, Set.of(), Map.of()));
        String first = assessments
                .themesInScope(assessment)
                .getFirst()
                .items()
                .getFirst()
                .id();
        assessments.save(assessment, first, AnswerDraft.empty().withLevel(2).withComment("Seed"), SavedAnswer.NEW);
        discussions.start(assessment, first, "Seed thread");
        plans.create(
                world.cityA1,
                new ActionDraft(assessment, "Seed action", "", null, "Outside", null, null, Set.of(first)));
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void theCorpusIsRefusedCleanlyOrAppliedAllOrNothing() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(CORPUS)) {
            files = listed.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        signIn(world.admin);
        for (Path file : files) {
            assertClean(Files.readAllBytes(file), file.getFileName().toString());
        }
    }

    @Test
    void mutantsOfAGoodArchiveAreRefusedCleanlyOrAppliedAllOrNothing() throws IOException {
        signIn(world.admin);
        byte[] good = archives.export(assessment, true);
        Random random = new Random(20261201L);
        Set<String> outcomes = new HashSet<>();
        boolean write = Boolean.getBoolean("archive.corpus.write");
        for (int round = 0; round < 150; round++) {
            byte[] mutant = round % 3 == 0 ? bytes(good, random) : values(good, random);
            String outcome = assertClean(mutant, "mutant " + round);
            if (outcomes.add(outcome) && write) {
                Files.write(CORPUS.resolve("mutant-" + round + ".json"), mutant);
            }
        }
        assertThat(outcomes).as("the mutations reach several checks").hasSizeGreaterThan(4);
    }

    /** Previews the file into city A2; an applicable preview is applied, and a failed apply leaves nothing. */
    private String assertClean(byte[] file, String name) {
        int before = assessments.cityAssessments(world.cityA2).size();
        ArchivePreview preview = archives.preview(file, world.cityA2);
        assertThat(preview).as(name).isNotNull();
        if (!preview.applicable()) {
            assertThat(preview.problems()).as(name).isNotEmpty();
            return preview.problems().stream()
                    .map(ArchivePreview.Problem::messageKey)
                    .sorted()
                    .distinct()
                    .toList()
                    .toString();
        }
        try {
            archives.apply(preview);
            assertThat(assessments.cityAssessments(world.cityA2)).as(name).hasSize(before + 1);
            return "applied";
        } catch (RuntimeException e) {
            assertThat(assessments.cityAssessments(world.cityA2)).as(name).hasSize(before);
            return "rolled back";
        }
    }

    /** Flips, drops or repeats a few bytes, or cuts the file short. */
    private static byte[] bytes(byte[] good, Random random) {
        byte[] mutant = good.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    mutant[random.nextInt(mutant.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> mutant = java.util.Arrays.copyOf(mutant, random.nextInt(mutant.length));
            default -> {
                int at = random.nextInt(mutant.length);
                int length = Math.min(1 + random.nextInt(64), mutant.length - at);
                byte[] longer = new byte[mutant.length + length];
                System.arraycopy(mutant, 0, longer, 0, at + length);
                System.arraycopy(mutant, at, longer, at + length, mutant.length - at);
                mutant = longer;
            }
        }
        return mutant;
    }

    /** Replaces, removes or repeats values anywhere in the tree, as a hand edit or another tool might. */
    private static byte[] values(byte[] good, Random random) {
        JsonNode root = JSON.readTree(good);
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            JsonNode value = NASTY.get(random.nextInt(NASTY.size()));
            if (target instanceof ObjectNode object && !object.isEmpty()) {
                List<String> names = new ArrayList<>(object.propertyNames());
                String field = names.get(random.nextInt(names.size()));
                switch (random.nextInt(3)) {
                    case 0 -> object.remove(field);
                    case 1 -> object.set(field, value);
                    default -> object.set(field + "x", value);
                }
            } else if (target instanceof ArrayNode array && !array.isEmpty()) {
                int index = random.nextInt(array.size());
                switch (random.nextInt(3)) {
                    case 0 -> array.remove(index);
                    case 1 -> array.set(index, value);
                    default -> array.add(array.get(index).deepCopy());
                }
            }
        }
        return JSON.writeValueAsBytes(root);
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            for (JsonNode child : node.values()) {
                collect(child, containers);
            }
        }
    }
}
