/**
 * Sign-in and sessions: the Spring Security configuration, the sign-in page and its throttling, the guard that
 * sends people to change a one-time password, the list of one's open sessions, session lifetime and limits.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "content", "kernel", "organisation"})
package io.nlc.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
