package io.nlc.organisation;

/** One role per user. City roles belong to a city, advisors to a hub, administrators to the platform. */
public enum Role {
    CITY_MEMBER, CITY_COORDINATOR, HUB_ADVISOR, ADMINISTRATOR;

    public boolean cityRole() {
        return this == CITY_MEMBER || this == CITY_COORDINATOR;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
