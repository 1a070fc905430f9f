package io.nlc.organisation;

/**
 * Who a request signed in with a read API token is: the client an administrator named and the one hub it was issued
 * for. {@link Organisation#currentUser()} turns it into a {@link Role#API_CLIENT} scoped to that hub, so the same
 * service checks as for the screens decide what it reads. Only the API's token filter creates one, after finding the
 * token active.
 */
public record ApiClientPrincipal(long clientId, String clientName, long hubId) {}
