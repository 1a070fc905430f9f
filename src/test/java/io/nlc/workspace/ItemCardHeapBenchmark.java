package io.nlc.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.content.Framework;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.Tier;
import io.nlc.kernel.ChoiceGroup;
import io.nlc.kernel.NativeCheckbox;
import io.nlc.testsupport.Fixtures;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.management.JMException;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Session heap kept by one item card and by the components it is made of, attached to a UI as on the questionnaire
 * (docs/benchmarks.md, "Server heap per open session"). Quicker than {@code SessionMemoryBenchmark} when slimming a
 * card: {@code ./mvnw -q -B -Pproduction test -Dtest=ItemCardHeapBenchmark | grep CARD-HEAP}.
 */
@SpringBootTest
class ItemCardHeapBenchmark extends ViewTestSupport {

    private static final int COPIES = 200;

    @Autowired
    FrameworkCatalog catalog;

    @Test
    void heapPerCardAndPerPart() {
        Framework framework = catalog.current();
        Item item = framework.themes().getFirst().items().getFirst();
        ItemCard.Listener listener = new ItemCard.Listener() {
            @Override
            public void saved(ItemCard card) {}

            @Override
            public void failed(ItemCard card) {}
        };
        measure(
                "item card",
                () -> new ItemCard(
                        item,
                        framework,
                        Language.EN,
                        assessment,
                        SavedAnswer.unanswered(item.id()),
                        false,
                        (itemId, draft, version, why) -> SavedAnswer.unanswered(itemId),
                        (itemId, version) -> SavedAnswer.unanswered(itemId),
                        listener));
        measure("level choice (ChoiceGroup)", () -> {
            ChoiceGroup<Choice> choice = new ChoiceGroup<>();
            choice.setLabel("Choose a level");
            choice.setItems(Choice.values());
            choice.setOptionHtml(option ->
                    ItemCard.levelOptionHtml("Level · name", item.level(0).en()));
            return choice;
        });
        measure("text area", () -> new TextArea("Note"));
        measure("checkbox", () -> new Checkbox("Internal"));
        measure("native checkbox", () -> {
            NativeCheckbox box = new NativeCheckbox();
            box.setLabel("Internal");
            box.setCheckedBadge("Internal");
            return box;
        });
        measure("text field", () -> new TextField("Link"));
        measure("button with icon", () -> new Button("Add", VaadinIcon.LINK.create()));
        measure("span with text", () -> new Span("Saved"));
        measure("empty div", Div::new);
        measure(
                "details",
                () -> new Details("Guidance", new Paragraph(item.guidance().en())));
        measure("comments panel, folded", () -> CommentsPanel.of(null, assessment, item.id(), List.of(), Language.EN));
    }

    /**
     * Vaadin state nodes (each costs the session about 0.7 KB and more with its features) of a detailed round's
     * questionnaire, as a member and as a coordinator: the application layout, the view around the cards, each card.
     */
    @Test
    void stateNodesOfTheQuestionnaire() {
        for (var user : List.of(world.memberA1, world.coordinatorA1)) {
            Fixtures.signIn(world.coordinatorA1);
            long detailed = assessments.start(
                    new NewAssessment(world.cityA1, "Detailed " + user, Tier.DETAILED, Set.of(), Map.of()));
            Fixtures.signIn(user);
            QuestionnaireView view = navigate(QuestionnaireView.class, Map.of("id", String.valueOf(detailed)));
            int all = nodes(UI.getCurrent());
            int inView = nodes(view);
            List<ItemCard> cards = $(ItemCard.class).all();
            int inCards = cards.stream().mapToInt(ItemCardHeapBenchmark::nodes).sum();
            System.out.printf(
                    "CARD-HEAP nodes as %s: all %d, layout %d, view without cards %d, %d cards %d (%s)%n",
                    user,
                    all,
                    all - inView,
                    inView - inCards,
                    cards.size(),
                    inCards,
                    cards.stream().map(card -> String.valueOf(nodes(card))).toList());
            Map<String, Integer> byType = new TreeMap<>();
            census(view, byType);
            System.out.println("CARD-HEAP   nodes by component in the view: " + byType);
        }
    }

    private static int nodes(Component component) {
        int[] count = {0};
        component.getElement().getNode().visitNodeTree(node -> count[0]++);
        return count[0];
    }

    /** Nodes of each component type, not counting the components inside it. */
    private static void census(Component component, Map<String, Integer> byType) {
        int own = nodes(component)
                - component.getChildren().mapToInt(ItemCardHeapBenchmark::nodes).sum();
        byType.merge(component.getClass().getSimpleName(), own, Integer::sum);
        component.getChildren().forEach(child -> census(child, byType));
    }

    private static void measure(String name, Supplier<Component> make) {
        Div holder = new Div();
        UI.getCurrent().add(holder);
        for (int i = 0; i < 20; i++) {
            holder.add(make.get());
        }
        holder.removeAll();
        long before = heapInUse();
        // Only when asked: the histogram itself would be counted in the difference.
        Map<String, Long> histogramBefore = Boolean.getBoolean("card.histogram") ? histogram() : Map.of();
        for (int i = 0; i < COPIES; i++) {
            holder.add(make.get());
        }
        long after = heapInUse();
        System.out.printf("CARD-HEAP %-34s %7.1f KB%n", name, (after - before) / 1024.0 / COPIES);
        if (Boolean.getBoolean("card.histogram")) {
            Map<String, Long> histogramAfter = histogram();
            histogramAfter.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - histogramBefore.getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(40)
                    .forEach(e -> System.out.printf(
                            "CARD-HEAP   %-70s %8.0f B%n", e.getKey(), e.getValue() / (double) COPIES));
        }
        UI.getCurrent().remove(holder);
    }

    private static Map<String, Long> histogram() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            Map<String, Long> bytes = new HashMap<>();
            for (String line : text.split("\\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":")) {
                    bytes.merge(f[3], Long.parseLong(f[2]), Long::sum);
                }
            }
            return bytes;
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long heapInUse() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
