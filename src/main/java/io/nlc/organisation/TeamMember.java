package io.nlc.organisation;

/** Someone of a city's team, as shown when the coordinator assigns work. */
public record TeamMember(long id, String displayName, Role role) {}
