package io.nlc.demo;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AnswerView;
import io.nlc.assessment.AssessmentAssignments;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.Confidence;
import io.nlc.assessment.NewAssessment;
import io.nlc.content.FrameworkCatalog;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.LocalizedText;
import io.nlc.content.Theme;
import io.nlc.content.Tier;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.organisation.Role;
import io.nlc.scoring.AnswerState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Creates the demo hub, cities and users on first start (an empty user table), and rounds with answers: Fès has a
 * validated 2025 round and a 2026 round in progress, Marrakech a submitted 2026 round, so results, the workflow and
 * the hub portfolio have something to show. Prints the address and the demo sign-ins once the app is ready.
 */
@Component
@ConditionalOnProperty(name = "nlc.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "nlc-demo-2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationSetup setup;
    private final Organisation organisation;
    private final AssessmentService assessments;
    private final AssessmentWorkflow workflow;
    private final AssessmentAssignments assignments;
    private final FrameworkCatalog catalog;
    private final Environment environment;

    DemoData(OrganisationSetup setup, Organisation organisation, AssessmentService assessments,
             AssessmentWorkflow workflow, AssessmentAssignments assignments, FrameworkCatalog catalog,
             Environment environment) {
        this.assignments = assignments;
        this.setup = setup;
        this.organisation = organisation;
        this.assessments = assessments;
        this.workflow = workflow;
        this.catalog = catalog;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (setup.hasUsers()) {
            return;
        }
        long mena = setup.hub("MENA", new LocalizedText("Strong Cities MENA Regional Hub (demo)",
                "Hub régional MENA de Strong Cities (démo)", "المركز الإقليمي للشرق الأوسط وشمال إفريقيا (تجريبي)"));
        long other = setup.hub("OTHER", new LocalizedText("Another hub (demo)", "Un autre hub (démo)",
                "مركز آخر (تجريبي)"));
        long tangier = setup.city(mena, "TNG", new LocalizedText("Tangier", "Tanger", "طنجة"),
                "Tanger-Assilah", "Tanger-Tétouan-Al Hoceïma");
        long fes = setup.city(mena, "FES", new LocalizedText("Fez", "Fès", "فاس"), "Fès", "Fès-Meknès");
        long marrakech = setup.city(mena, "MRK", new LocalizedText("Marrakesh", "Marrakech", "مراكش"),
                "Marrakech", "Marrakech-Safi");
        long rabat = setup.city(mena, "RBT", new LocalizedText("Rabat", "Rabat", "الرباط"), "Rabat",
                "Rabat-Salé-Kénitra");
        long tetouan = setup.city(mena, "TTN", new LocalizedText("Tetouan", "Tétouan", "تطوان"), "Tétouan",
                "Tanger-Tétouan-Al Hoceïma");
        long agadir = setup.city(mena, "AGA", new LocalizedText("Agadir", "Agadir", "أكادير"), "Agadir-Ida-Outanane",
                "Souss-Massa");
        long oujda = setup.city(other, "OUJ", new LocalizedText("Oujda", "Oujda", "وجدة"), "Oujda-Angad", "Oriental");

        setup.user("coordinator.tangier", PASSWORD, "Samira El Idrissi", Role.CITY_COORDINATOR, tangier, null, Language.FR);
        setup.user("member.tangier", PASSWORD, "Youssef Benali", Role.CITY_MEMBER, tangier, null, Language.FR);
        setup.user("coordinator.fes", PASSWORD, "Karim Alaoui", Role.CITY_COORDINATOR, fes, null, Language.FR);
        long nadia = setup.user("member.fes", PASSWORD, "Nadia Tazi", Role.CITY_MEMBER, fes, null, Language.AR);
        setup.user("coordinator.marrakech", PASSWORD, "Hassan Ouazzani", Role.CITY_COORDINATOR, marrakech, null,
                Language.FR);
        setup.user("coordinator.rabat", PASSWORD, "Imane Berrada", Role.CITY_COORDINATOR, rabat, null, Language.FR);
        setup.user("coordinator.tetouan", PASSWORD, "Omar Chraibi", Role.CITY_COORDINATOR, tetouan, null,
                Language.AR);
        setup.user("coordinator.agadir", PASSWORD, "Salma Amrani", Role.CITY_COORDINATOR, agadir, null, Language.FR);
        setup.user("coordinator.oujda", PASSWORD, "Leila Mansouri", Role.CITY_COORDINATOR, oujda, null, Language.FR);
        setup.user("advisor.mena", PASSWORD, "Sarah Haddad", Role.HUB_ADVISOR, null, mena, Language.EN);
        setup.user("admin", PASSWORD, "Platform administrator", Role.ADMINISTRATOR, null, null, Language.EN);
        setup.focalPoint("national.focal", PASSWORD, "Mounia Fassi", Set.of(fes, tangier, marrakech), Language.FR);

        long fes2025 = seedRound("coordinator.fes", fes, "2025", new int[] {1, 0, 2, 1, 1, 0, 2});
        review(fes2025, "coordinator.fes", true);
        long fes2026 = seedRound("coordinator.fes", fes, "2026", new int[] {2, 1, 3, 0, 2, 1, 2, 3, 1});
        // Nadia answers the communication theme and one capacity item, so "My items" has something to show.
        runAs("coordinator.fes", Role.CITY_COORDINATOR, () -> {
            assignments.assign(fes2026, "T4", nadia);
            assignments.assign(fes2026, catalog.current().theme("T5").orElseThrow().itemsFor(Tier.CORE).getLast().id(),
                    nadia);
        });
        // The national side sees some things differently, so the results show divergent items.
        rateNationally(fes2026, new int[] {0, 3, 1, 2, 4, 1, 3, 0, 2, 1});
        long marrakech2026 = seedRound("coordinator.marrakech", marrakech, "2026", new int[] {3, 2, 2, 3, 1, 2, 4});
        review(marrakech2026, "coordinator.marrakech", false);
        // Three cities that share their validated results, so Fès and Tangier see a hub peer median.
        String[] peers = {"coordinator.rabat", "coordinator.tetouan", "coordinator.agadir"};
        long[] peerCities = {rabat, tetouan, agadir};
        int[][] patterns = {{2, 3, 2, 1, 3, 2}, {1, 2, 2, 3, 1, 2}, {3, 3, 2, 4, 2, 3}};
        for (int i = 0; i < peers.length; i++) {
            long round = seedRound(peers[i], peerCities[i], "2025", patterns[i]);
            review(round, peers[i], true);
            long city = peerCities[i];
            runAs(peers[i], Role.CITY_COORDINATOR, () -> organisation.setPeerConsent(city, true));
        }
    }

    /** A core scan with all but the last core item of each theme answered ("don't know" for the last one). */
    private long seedRound(String coordinator, long city, String label, int[] pattern) {
        long[] created = new long[1];
        runAs(coordinator, Role.CITY_COORDINATOR, () -> {
            long id = assessments.start(new NewAssessment(city, label, Tier.CORE, Set.of(), Map.of()));
            created[0] = id;
            int index = 0;
            for (Theme theme : catalog.current().coreThemes()) {
                List<Item> items = theme.itemsFor(Tier.CORE);
                for (int i = 0; i < items.size() - 1; i++) {
                    int level = pattern[index++ % pattern.length];
                    AnswerDraft draft = AnswerDraft.empty().withLevel(level)
                            .withConfidence(level >= 2 ? Confidence.MEDIUM : Confidence.LOW);
                    assessments.save(id, items.get(i).id(), draft, AnswerView.NEW);
                }
                assessments.save(id, items.getLast().id(), AnswerDraft.empty().withState(AnswerState.DONT_KNOW),
                        AnswerView.NEW);
            }
        });
        return created[0];
    }

    /** The focal point rates the first three core themes of the round (the rest is left for them to do). */
    private void rateNationally(long round, int[] pattern) {
        runAs("national.focal", Role.NATIONAL_FOCAL_POINT, () -> {
            int index = 0;
            for (Theme theme : catalog.current().coreThemes().subList(0, 3)) {
                for (Item item : theme.itemsFor(Tier.CORE)) {
                    assessments.save(round, item.id(), AnswerDraft.empty().withLevel(pattern[index++ % pattern.length]),
                            AnswerView.NEW);
                }
            }
        });
    }

    /** Submits the round; the hub advisor validates it too when asked, so the portfolio has validated rounds. */
    private void review(long id, String coordinator, boolean validate) {
        runAs(coordinator, Role.CITY_COORDINATOR, () -> workflow.submit(id, "Demo: core scan workshop"));
        if (validate) {
            runAs("advisor.mena", Role.HUB_ADVISOR, () -> {
                workflow.startReview(id);
                workflow.validate(id, "Demo: validated after the hub's review");
            });
        }
    }

    private static void runAs(String username, Role role, Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList(role.authority())));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void printSignIns() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        LOG.info("""

                ==============================================================
                 NLC Self-Assessment is ready: http://localhost:{}/
                 Demo sign-ins (password for all: {}):
                   coordinator.tangier  city coordinator, Tangier (French)
                   member.tangier       city member, Tangier
                   coordinator.fes      city coordinator, Fès (2025 validated, 2026 in progress)
                   member.fes           city member, Fès (Arabic)
                   advisor.mena         hub advisor, MENA hub (English)
                   coordinator.rabat    city coordinator, Rabat (shares peer figures)
                   national.focal       national focal point, rates Fès, Tangier, Marrakech
                   admin                administrator
                ==============================================================""", port, PASSWORD);
    }
}
