package io.nlc.demo;

import io.nlc.assessment.AnswerDraft;
import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentWorkflow;
import io.nlc.assessment.NewAssessment;
import io.nlc.assessment.SavedAnswer;
import io.nlc.assignment.Assignments;
import io.nlc.content.Item;
import io.nlc.content.Language;
import io.nlc.content.LocalizedText;
import io.nlc.discussion.Discussions;
import io.nlc.organisation.CityDetails;
import io.nlc.organisation.Organisation;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.organisation.Role;
import io.nlc.plan.ActionDraft;
import io.nlc.plan.ActionPlans;
import io.nlc.plan.ActionStatus;
import io.nlc.plan.PlannedAction;
import io.nlc.workshop.Raters;
import io.nlc.workshop.RatingDraft;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
 * Creates the demo hubs, cities and users on first start (an empty user table), then plays the demo's story from
 * 2024 to 2026 on its own dates ({@link DemoClock}) with the hand-written rounds of {@link DemoRounds}: Rabat and
 * Tétouan validated in 2024 and 2025 (Rabat's 2024 round on framework version 1, every later round on the newest), Fès in 2024 and 2025 and answering 2026, a round carried over from 2025 with some answers
 * still to confirm and the changed levels justified (partly rated by the national focal point, with an action plan
 * under way),
 * Agadir validated in 2025, Marrakech's 2026 submitted for review, Oujda's 2026 just begun, and Tangier with no
 * round, for the "start an assessment" walk-through. Prints the address and the demo sign-ins once the app is ready.
 */
@Component
@ConditionalOnProperty(name = "nlc.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "nlc-demo-2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    /** The last day of the story; it is moved back as a whole if the machine's clock is earlier. */
    private static final LocalDate STORY_END = LocalDate.of(2026, 11, 26);

    private final OrganisationSetup setup;
    private final Organisation organisation;
    private final AssessmentService assessments;
    private final AssessmentWorkflow workflow;
    private final Assignments assignments;
    private final Discussions comments;
    private final ActionPlans plans;
    private final Raters raters;
    private final DemoClock clock;
    private final Environment environment;
    private final Map<String, Role> roles = new HashMap<>();
    private Duration shift = Duration.ZERO;

    DemoData(
            OrganisationSetup setup,
            Organisation organisation,
            AssessmentService assessments,
            AssessmentWorkflow workflow,
            Assignments assignments,
            Discussions comments,
            ActionPlans plans,
            Raters raters,
            DemoClock clock,
            Environment environment) {
        this.setup = setup;
        this.organisation = organisation;
        this.assessments = assessments;
        this.workflow = workflow;
        this.assignments = assignments;
        this.comments = comments;
        this.plans = plans;
        this.raters = raters;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (setup.hasUsers()) {
            return;
        }
        Instant end = STORY_END.atTime(18, 0).atZone(MOROCCO).toInstant();
        Instant now = Instant.now();
        shift = end.isAfter(now) ? Duration.between(now, end).plusDays(1) : Duration.ZERO;
        try {
            seed();
        } finally {
            clock.release();
        }
    }

    private void seed() {
        long mena = setup.hub(
                "MENA",
                new LocalizedText(
                        "Strong Cities MENA Regional Hub (demo)",
                        "Hub régional MENA de Strong Cities (démo)",
                        "المركز الجهوي لشبكة المدن القوية للشرق الأوسط وشمال إفريقيا (تجريبي)"));
        long other =
                setup.hub("OTHER", new LocalizedText("Another hub (demo)", "Un autre hub (démo)", "مركز آخر (تجريبي)"));
        // Province and region in Latin script and in Arabic (the official names of the 2015 regions).
        long tangier = setup.city(
                "TNG",
                new CityDetails(
                        mena,
                        new LocalizedText("Tangier", "Tanger", "طنجة"),
                        "Tanger-Assilah",
                        "طنجة أصيلة",
                        "Tanger-Tétouan-Al Hoceïma",
                        "طنجة تطوان الحسيمة"));
        long fes = setup.city(
                "FES",
                new CityDetails(mena, new LocalizedText("Fez", "Fès", "فاس"), "Fès", "فاس", "Fès-Meknès", "فاس مكناس"));
        long marrakech = setup.city(
                "MRK",
                new CityDetails(
                        mena,
                        new LocalizedText("Marrakesh", "Marrakech", "مراكش"),
                        "Marrakech",
                        "مراكش",
                        "Marrakech-Safi",
                        "مراكش آسفي"));
        long rabat = setup.city(
                "RBT",
                new CityDetails(
                        mena,
                        new LocalizedText("Rabat", "Rabat", "الرباط"),
                        "Rabat",
                        "الرباط",
                        "Rabat-Salé-Kénitra",
                        "الرباط سلا القنيطرة"));
        long tetouan = setup.city(
                "TTN",
                new CityDetails(
                        mena,
                        new LocalizedText("Tetouan", "Tétouan", "تطوان"),
                        "Tétouan",
                        "تطوان",
                        "Tanger-Tétouan-Al Hoceïma",
                        "طنجة تطوان الحسيمة"));
        long agadir = setup.city(
                "AGA",
                new CityDetails(
                        mena,
                        new LocalizedText("Agadir", "Agadir", "أكادير"),
                        "Agadir-Ida-Outanane",
                        "أكادير إداوتنان",
                        "Souss-Massa",
                        "سوس ماسة"));
        long oujda = setup.city(
                "OUJ",
                new CityDetails(
                        other,
                        new LocalizedText("Oujda", "Oujda", "وجدة"),
                        "Oujda-Angad",
                        "وجدة أنكاد",
                        "Oriental",
                        "الشرق"));

        user("coordinator.tangier", "Samira El Idrissi", Role.CITY_COORDINATOR, tangier, Language.FR);
        user("member.tangier", "Youssef Benali", Role.CITY_MEMBER, tangier, Language.FR);
        long karim = user("coordinator.fes", "Karim Alaoui", Role.CITY_COORDINATOR, fes, Language.FR);
        long nadia = user("member.fes", "Nadia Tazi", Role.CITY_MEMBER, fes, Language.AR);
        user("coordinator.marrakech", "Hassan Ouazzani", Role.CITY_COORDINATOR, marrakech, Language.FR);
        user("coordinator.rabat", "Imane Berrada", Role.CITY_COORDINATOR, rabat, Language.FR);
        user("coordinator.tetouan", "Omar Chraibi", Role.CITY_COORDINATOR, tetouan, Language.AR);
        user("coordinator.agadir", "Salma Amrani", Role.CITY_COORDINATOR, agadir, Language.FR);
        user("coordinator.oujda", "Leila Mansouri", Role.CITY_COORDINATOR, oujda, Language.FR);
        setup.user("advisor.mena", PASSWORD, "Sarah Haddad", Role.HUB_ADVISOR, null, mena, Language.EN);
        roles.put("advisor.mena", Role.HUB_ADVISOR);
        setup.user("admin", PASSWORD, "Platform administrator", Role.ADMINISTRATOR, null, null, Language.EN);
        setup.focalPoint("national.focal", PASSWORD, "Mounia Fassi", Set.of(fes, tangier, marrakech), Language.FR);
        roles.put("national.focal", Role.NATIONAL_FOCAL_POINT);

        // 2024: Rabat and Tétouan take the core scan first.
        long rabat2024 = play("coordinator.rabat", rabat, DemoRounds.RABAT_2024, "2024-10-08", "2024-10-10");
        submit(
                rabat2024,
                "coordinator.rabat",
                "2024-10-21",
                "Scan rapide réalisé en atelier avec la préfecture ;" + " deux items restent à documenter.");
        validate(rabat2024, "2024-11-05", "Validé. Bon point de départ ; prochaine étape : un plan de formation.");
        long tetouan2024 = play("coordinator.tetouan", tetouan, DemoRounds.TETOUAN_2024, "2024-11-12", "2024-11-14");
        submit(
                tetouan2024,
                "coordinator.tetouan",
                "2024-11-26",
                "ورشة يوم واحد مع المصالح الجماعية والجمعيات؛" + " بند واحد يحتاج إلى معطيات إضافية.");
        validate(tetouan2024, "2024-12-10", "Validé. La confiance avec les associations est un vrai atout.");
        long fes2024 = play("coordinator.fes", fes, DemoRounds.FES_2024, "2024-12-02", "2024-12-04");
        submit(
                fes2024,
                "coordinator.fes",
                "2024-12-09",
                "Premier scan, réalisé avec le seul service des affaires sociales.");
        validate(fes2024, "2024-12-17", "Validé. Un point de départ honnête ; à refaire avec les partenaires.");

        // 2025: Fès's first round, then a second round for Rabat (full assessment) and Tétouan, and Agadir's.
        long fes2025 = play("coordinator.fes", fes, DemoRounds.FES_2025, "2025-04-15", "2025-04-22");
        submit(
                fes2025,
                "coordinator.fes",
                "2025-05-06",
                "Atelier d'une journée avec les services communaux ;" + " trois items restent à vérifier.");
        validate(fes2025, "2025-05-20", "Validé. Priorités proposées : communication de crise et données locales.");
        fesPlan(fes, fes2025, karim, nadia);
        long rabat2025 = play("coordinator.rabat", rabat, DemoRounds.RABAT_2025, "2025-09-16", "2025-10-02");
        submit(
                rabat2025,
                "coordinator.rabat",
                "2025-10-14",
                "Évaluation complète ; le premier rapport de suivi" + " des indicateurs n'est pas encore disponible.");
        validate(rabat2025, "2025-10-28", "Validé. Progrès nets sur le rôle de la commune et la coordination.");
        long tetouan2025 = play("coordinator.tetouan", tetouan, DemoRounds.TETOUAN_2025, "2025-10-20", "2025-10-30");
        submit(
                tetouan2025,
                "coordinator.tetouan",
                "2025-11-10",
                "تقييم أكثر حذراً من السنة الماضية؛" + " أربعة بنود تنتظر معطيات من الإقليم والمصالح المالية.");
        validate(tetouan2025, "2025-11-24", "Validé. Notation plus prudente que l'an dernier, ce qui est sain.");
        long agadir2025 = play("coordinator.agadir", agadir, DemoRounds.AGADIR_2025, "2025-11-03", "2025-11-13");
        submit(agadir2025, "coordinator.agadir", "2025-12-01", null);
        validate(
                agadir2025,
                "2025-12-15",
                "Validé. Les capacités sont solides ; l'enjeu est la relation avec" + " les habitants.");
        // Four cities share their validated results: each sees the median of the three others.
        Map.of(
                        "coordinator.rabat",
                        rabat,
                        "coordinator.tetouan",
                        tetouan,
                        "coordinator.agadir",
                        agadir,
                        "coordinator.fes",
                        fes)
                .forEach((coordinator, city) -> runAs(coordinator, () -> organisation.setPeerConsent(city, true)));

        // 2026: Marrakech's first round, a full assessment with the migration module, now awaiting review.
        long marrakech2026 =
                play("coordinator.marrakech", marrakech, DemoRounds.MARRAKECH_2026, "2026-09-22", "2026-11-10");
        submit(
                marrakech2026,
                "coordinator.marrakech",
                "2026-11-18",
                "Deux items attendent des informations des" + " ressources humaines et du service financier.");

        // Fès answers its 2026 round: the coordinator first, Nadia her communication items weeks later.
        // Started from 2025: its answers are carried over, to be confirmed or changed with a reason.
        at("2026-10-06", 0);
        long fes2026 = callAs(
                "coordinator.fes",
                () -> assessments.startNext(new NewAssessment(
                        fes,
                        DemoRounds.FES_2026.label,
                        DemoRounds.FES_2026.tier,
                        DemoRounds.FES_2026.modules,
                        DemoRounds.FES_2026.targets)));
        at("2026-10-07", 0);
        runAs("coordinator.fes", () -> {
            assignments.assign(fes2026, "T4", nadia);
            assignments.assign(fes2026, "T5.3", nadia);
        });
        answer(fes2026, DemoRounds.FES_2026, "coordinator.fes", "coordinator.fes", "2026-10-07", "2026-10-20");
        answer(fes2026, DemoRounds.FES_2026, "coordinator.fes", "member.fes", "2026-11-23", "2026-11-26");
        // The national focal point rates the first three themes: some items alike, some one or two levels apart.
        List<DemoRounds.NationalRating> national = DemoRounds.FES_2026_NATIONAL;
        for (int i = 0; i < national.size(); i++) {
            DemoRounds.NationalRating rating = national.get(i);
            at(i < 5 ? "2026-11-02" : "2026-11-16", i * 6);
            AnswerDraft draft = AnswerDraft.empty().withLevel(rating.level()).withComment(rating.comment());
            runAs("national.focal", () -> {
                assessments.save(fes2026, rating.itemId(), draft, SavedAnswer.NEW);
            });
        }
        at("2026-11-24", 0);
        long data = callAs(
                "coordinator.fes",
                () -> comments.start(
                        fes2026,
                        "T6",
                        "T6.4 et T6.5 : nous attendons les"
                                + " données du service des affaires sociales avant de noter."));
        at("2026-11-25", 0);
        runAs(
                "advisor.mena",
                () -> comments.reply(
                        data,
                        "Merci. Vous pouvez noter avec une confiance faible et"
                                + " ajuster quand les données arrivent."));
        at("2026-11-25", 10);
        runAs(
                "advisor.mena",
                () -> comments.start(
                        fes2026, "T2.4", "Pouvez-vous joindre le dernier" + " procès-verbal du comité local ?"));

        // The plan carries over: an action taken from the 2026 round's gaps, with an outside owner.
        at("2026-11-26", 30);
        runAs(
                "coordinator.fes",
                () -> plans.create(
                        fes,
                        new ActionDraft(
                                fes2026,
                                "Signer une convention avec l'association des jeunes de la médina",
                                "Activités de quartier co-organisées avec la commune et l'arrondissement.",
                                null,
                                "Association Jeunesse Fès-Médina",
                                day("2026-12-01"),
                                day("2027-03-31"),
                                Set.of("T5"))));

        fesRaters(fes, fes2026, nadia);

        // Oujda, in another hub, has only just begun.
        play("coordinator.oujda", oujda, DemoRounds.OUJDA_2026, "2026-11-25", "2026-11-25");
    }

    /**
     * Fès asks the prefecture's police, a youth association and Nadia to rate the trust theme of its 2026 round, each
     * on their own. They disagree on the first item (1, 2 and 3), which the coordinator has still to settle.
     */
    private void fesRaters(long fes, long fes2026, long nadia) {
        long police = user("police.fes", "Rachid Bennani (Sûreté préfectorale)", Role.RATER, fes, Language.FR);
        long association = user(
                "association.fes", "Salma Idrissi (Association Jeunesse et Citoyenneté)", Role.RATER, fes, Language.AR);
        at("2026-11-27", 0);
        List<String> trust = callAs("coordinator.fes", () -> {
            raters.open(fes2026, List.of("T3"), List.of(police, association, nadia));
            return assessments.themesInScope(fes2026).stream()
                    .filter(theme -> theme.id().equals("T3"))
                    .flatMap(theme -> theme.items().stream())
                    .map(Item::id)
                    .toList();
        });
        at("2026-11-27", 90);
        runAs("police.fes", () -> {
            raters.rate(
                    fes2026,
                    trust.get(0),
                    RatingDraft.level(1, "Les patrouilles de proximité ne rencontrent pas encore les associations."),
                    -1);
            raters.rate(fes2026, trust.get(1), RatingDraft.level(2, ""), -1);
        });
        at("2026-11-27", 180);
        runAs("association.fes", () -> {
            raters.rate(
                    fes2026,
                    trust.get(0),
                    RatingDraft.level(2, "الجمعيات تُستشار أحياناً، لكن دون متابعة منتظمة لما اقترحته."),
                    -1);
            raters.rate(fes2026, trust.get(1), RatingDraft.level(2, ""), -1);
        });
        at("2026-11-28", 0);
        runAs(
                "member.fes",
                () -> raters.rate(
                        fes2026, trust.get(0), RatingDraft.level(3, "لجنة الحي تجتمع كل شهر مع الجمعيات."), -1));
    }

    /**
     * Fès builds its plan from the 2025 gaps (crisis communication and local data): one action done, one in
     * progress and past its due date, one dropped with its reason.
     */
    private void fesPlan(long fes, long fes2025, long karim, long nadia) {
        at("2025-05-27", 0);
        PlannedAction protocol = callAs(
                "coordinator.fes",
                () -> plans.create(
                        fes,
                        new ActionDraft(
                                fes2025,
                                "Adopter un protocole de communication de crise avec la préfecture",
                                "Qui parle, quand et par quel canal ; contacts tenus à jour.",
                                nadia,
                                null,
                                day("2025-06-01"),
                                day("2025-12-31"),
                                Set.of("T4"))));
        at("2025-05-27", 20);
        PlannedAction dashboard = callAs(
                "coordinator.fes",
                () -> plans.create(
                        fes,
                        new ActionDraft(
                                fes2025,
                                "Mettre en place un tableau de bord des données locales",
                                "Indicateurs partagés avec les services déconcentrés et la division des affaires sociales.",
                                karim,
                                null,
                                day("2025-09-01"),
                                day("2026-06-30"),
                                Set.of("T6"))));
        at("2025-05-27", 40);
        PlannedAction posters = callAs(
                "coordinator.fes",
                () -> plans.create(
                        fes,
                        new ActionDraft(
                                fes2025,
                                "Campagne d'affichage dans les arrondissements",
                                "",
                                nadia,
                                null,
                                null,
                                day("2025-10-31"),
                                Set.of("T4"))));
        at("2025-06-10", 0);
        PlannedAction started = callAs(
                "member.fes",
                () -> plans.changeStatus(protocol.id(), protocol.version(), ActionStatus.IN_PROGRESS, null));
        at("2025-07-01", 0);
        runAs(
                "coordinator.fes",
                () -> plans.changeStatus(
                        posters.id(),
                        posters.version(),
                        ActionStatus.DROPPED,
                        "Remplacée par le protocole de communication, plus utile en cas de crise."));
        at("2025-09-02", 0);
        PlannedAction begun = callAs(
                "coordinator.fes",
                () -> plans.changeStatus(dashboard.id(), dashboard.version(), ActionStatus.IN_PROGRESS, null));
        at("2025-09-15", 0);
        PlannedAction noted = callAs(
                "member.fes",
                () -> plans.addNote(
                        started.id(),
                        "Projet de protocole partagé avec la préfecture ; réunion de validation prévue en novembre."));
        at("2025-11-20", 0);
        callAs("member.fes", () -> plans.changeStatus(noted.id(), noted.version(), ActionStatus.DONE, null));
        at("2026-03-12", 0);
        runAs(
                "coordinator.fes",
                () -> plans.addNote(
                        begun.id(), "Trois indicateurs sur huit disponibles ; les données scolaires manquent encore."));
    }

    /** A story day moved back like the clock when the machine's clock is earlier than the story. */
    private LocalDate day(String day) {
        return LocalDate.parse(day).minusDays(shift.toDays());
    }

    private long user(String username, String name, Role role, long city, Language language) {
        roles.put(username, role);
        return setup.user(username, PASSWORD, name, role, city, null, language);
    }

    /** Starts a round on {@code from} and saves all its answers between {@code from} and {@code to}. */
    private long play(String coordinator, long city, DemoRound round, String from, String to) {
        long id = start(round, coordinator, city, from);
        answer(id, round, coordinator, coordinator, from, to);
        return id;
    }

    private long start(DemoRound round, String coordinator, long city, String day) {
        at(day, 0);
        NewAssessment request = new NewAssessment(city, round.label, round.tier, round.modules, round.targets);
        Integer version = round.frameworkVersion;
        return callAs(
                coordinator, () -> version == null ? assessments.start(request) : assessments.start(request, version));
    }

    /** Saves the answers {@code username} gives in the round, spread over the days from {@code from} to {@code to}. */
    private void answer(long id, DemoRound round, String coordinator, String username, String from, String to) {
        List<DemoRound.Entry> entries =
                callAs(username, () -> round.entries(assessments.themesInScope(id), coordinator)).stream()
                        .filter(entry -> entry.username().equals(username))
                        .toList();
        long days = Duration.between(
                        LocalDate.parse(from).atStartOfDay(),
                        LocalDate.parse(to).atStartOfDay())
                .toDays();
        for (int i = 0; i < entries.size(); i++) {
            DemoRound.Entry entry = entries.get(i);
            at(
                    LocalDate.parse(from)
                            .plusDays(days * i / Math.max(1, entries.size()))
                            .toString(),
                    5 + i * 4);
            runAs(username, () -> settle(id, round, entry));
        }
    }

    /**
     * Saves one answer. An answer carried over from the last round is confirmed when its level stays (its notes
     * kept unless the round has a new one), or changed with the round's justification.
     */
    private void settle(long id, DemoRound round, DemoRound.Entry entry) {
        SavedAnswer current = assessments.answers(id).get(entry.itemId());
        SavedAnswer.CarryOver carried = current == null ? null : current.carryOver();
        if (current == null || carried == null) {
            assessments.save(id, entry.itemId(), entry.draft(), current == null ? SavedAnswer.NEW : current.version());
            return;
        }
        AnswerDraft draft = entry.draft();
        boolean same = draft.state() == carried.state() && java.util.Objects.equals(draft.level(), carried.level());
        if (same) {
            SavedAnswer kept = draft.comment().isEmpty()
                    ? current
                    : assessments.save(id, entry.itemId(), draft, current.version());
            assessments.confirmCarriedOver(id, entry.itemId(), kept.version());
        } else {
            assessments.save(id, entry.itemId(), draft, current.version(), round.justification(entry.itemId()));
        }
    }

    private void submit(long id, String coordinator, String day, @Nullable String reason) {
        at(day, 0);
        runAs(coordinator, () -> workflow.submit(id, reason));
    }

    /** The hub advisor takes up the round and validates it on the same day. */
    private void validate(long id, String day, String note) {
        at(day, 0);
        runAs("advisor.mena", () -> workflow.startReview(id));
        at(day, 45);
        runAs("advisor.mena", () -> workflow.validate(id, note));
    }

    /** Pins the demo clock to {@code minutes} past 9:30 on {@code day} (Moroccan time). */
    private void at(String day, int minutes) {
        clock.pin(LocalDate.parse(day)
                .atTime(LocalTime.of(9, 30))
                .plusMinutes(minutes)
                .atZone(MOROCCO)
                .toInstant()
                .minus(shift));
    }

    private void runAs(String username, Runnable work) {
        callAs(username, () -> {
            work.run();
            return 0L;
        });
    }

    private <T> T callAs(String username, java.util.function.Supplier<T> work) {
        Role role = roles.get(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList(role.authority())));
        try {
            return work.get();
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
                   coordinator.tangier  city coordinator, Tangier (no round yet: start one)
                   member.tangier       city member, Tangier
                   coordinator.fes      city coordinator, Fès (2025 validated, 2026 in progress, plan under way)
                   member.fes           city member, Fès (Arabic)
                   advisor.mena         hub advisor, MENA hub (English)
                   coordinator.rabat    city coordinator, Rabat (2024 and 2025 validated, shares peer figures)
                   national.focal       national focal point, rates Fès, Tangier, Marrakech
                   police.fes           invited rater for Fès (rates the trust theme of its 2026 round)
                   association.fes      invited rater for Fès, a youth association (Arabic; same theme)
                   admin                administrator
                ==============================================================""", port, PASSWORD);
    }
}
