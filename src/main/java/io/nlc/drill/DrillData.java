package io.nlc.drill;

import io.nlc.assessment.AssessmentService;
import io.nlc.assessment.AssessmentSummary;
import io.nlc.assessment.NewAssessment;
import io.nlc.content.Language;
import io.nlc.content.LocalizedText;
import io.nlc.content.Tier;
import io.nlc.kernel.NlcProperties;
import io.nlc.organisation.CityDetails;
import io.nlc.organisation.OrganisationSetup;
import io.nlc.organisation.Role;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The drill's cities: hub DRILL with cities DRL01 to DRLnn, each with a coordinator {@code drill.01} ... and a
 * detailed round "Drill", so every drill client answers its own city's round as a real city team would. The first
 * {@code team-cities} cities also have members ({@code drill.01.2} ... up to the team size), who answer the same
 * round together with their coordinator (the load drill). Created on the first start and found again on every
 * restart.
 */
@Component
@Profile(DrillProfile.NAME)
class DrillData implements ApplicationRunner {

    static final String ROUND = "Drill";

    private final OrganisationSetup setup;
    private final AssessmentService assessments;
    private final int cities;
    private final int teamCities;
    private final int teamSize;
    private final String password;

    DrillData(OrganisationSetup setup, AssessmentService assessments, NlcProperties properties) {
        int cities = properties.drill().cities();
        String password = properties.drill().password();
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("the drill needs nlc.drill.password");
        }
        if (cities < 1 || cities > 999) {
            throw new IllegalArgumentException("nlc.drill.cities must be between 1 and 999");
        }
        if (properties.drill().teamCities() < 0
                || properties.drill().teamCities() > cities
                || properties.drill().teamSize() < 1) {
            throw new IllegalArgumentException(
                    "nlc.drill.team-cities must be between 0 and the cities, nlc.drill.team-size at least 1");
        }
        this.teamCities = properties.drill().teamCities();
        this.teamSize = properties.drill().teamSize();
        this.setup = setup;
        this.assessments = assessments;
        this.cities = cities;
        this.password = password;
    }

    static String username(int city) {
        return "drill.%02d".formatted(city);
    }

    /** The team's second, third... person; the first is the coordinator, {@link #username(int)}. */
    static String memberUsername(int city, int person) {
        return username(city) + "." + person;
    }

    @Override
    public void run(ApplicationArguments args) {
        long hub = setup.hub("DRILL", new LocalizedText("Drill hub", "Hub d'exercice", "مركز التمرين"));
        for (int i = 1; i <= cities; i++) {
            String code = "DRL%02d".formatted(i);
            long city = setup.city(
                    code,
                    new CityDetails(
                            hub,
                            new LocalizedText("Drill " + code, "Exercice " + code, "تمرين " + code),
                            "Drill",
                            "تمرين",
                            "Drill",
                            "تمرين"));
            String username = username(i);
            setup.user(username, password, "Drill coordinator " + i, Role.CITY_COORDINATOR, city, null, Language.EN);
            for (int person = 2; i <= teamCities && person <= teamSize; person++) {
                setup.user(
                        memberUsername(i, person),
                        password,
                        "Drill member " + i + "." + person,
                        Role.CITY_MEMBER,
                        city,
                        null,
                        Language.EN);
            }
            runAs(username, () -> {
                boolean started = assessments.visibleAssessments().stream()
                        .map(AssessmentSummary::roundLabel)
                        .anyMatch(ROUND::equals);
                if (!started) {
                    assessments.start(new NewAssessment(city, ROUND, Tier.DETAILED, Set.of(), Map.of()));
                }
            });
        }
    }

    private static void runAs(String username, Runnable work) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList(Role.CITY_COORDINATOR.authority())));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
