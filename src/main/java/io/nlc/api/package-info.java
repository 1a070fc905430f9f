/**
 * The read API for a hub's own dashboards ({@code /api/v1/}): the hub's rounds, a round's scores and action plan, and
 * the hub portfolio, as JSON documented with OpenAPI. A client signs in with a bearer token that an administrator
 * issued for one hub ({@link io.nlc.api.ApiClients}); the token becomes a read-only principal of that hub
 * ({@link io.nlc.organisation.ApiClientPrincipal}) and every read goes through the same checked services as the
 * screens, blind rating included. Its own stateless security chain, the administrators' screen for tokens and the
 * trail of who issued and revoked them live here too.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "assessment",
            "base",
            "content",
            "kernel",
            "organisation",
            "organisation::directory",
            "plan",
            "portfolio",
            "results",
            "scoring"
        })
package io.nlc.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
