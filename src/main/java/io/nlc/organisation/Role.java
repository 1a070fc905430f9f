package io.nlc.organisation;

/**
 * One role per user. City roles belong to a city, advisors to a hub, administrators to the platform. A national
 * focal point is linked to a set of cities and rates them from the national side, in an answer set of its own.
 */
public enum Role {
    CITY_MEMBER,
    CITY_COORDINATOR,
    HUB_ADVISOR,
    ADMINISTRATOR,
    NATIONAL_FOCAL_POINT,
    /**
     * An invited stakeholder of a city (police, a school, an association) who rates only the items a coordinator
     * opened to them, and only until the round is submitted. Sees nothing else of the city.
     */
    RATER,
    /**
     * Not a person: a client of the read API, signed in by a token an administrator issued for one hub
     * ({@link ApiClientPrincipal}). Reads what the hub's screens show of its cities, changes nothing, never signs in
     * to the screens, and no account can have this role.
     */
    API_CLIENT;

    public boolean cityRole() {
        return this == CITY_MEMBER || this == CITY_COORDINATOR;
    }

    /** Belongs to a city: its team, or a rater invited by it. */
    public boolean ofCity() {
        return cityRole() || this == RATER;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
