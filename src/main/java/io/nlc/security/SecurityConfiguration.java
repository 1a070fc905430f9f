package io.nlc.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.nlc.kernel.NlcProperties;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** Vaadin's view access control with our login view, and the static files the login page itself needs. */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), "
                    + "midi=(), display-capture=()";

    /** Which sessions belong to whom, so that deactivating someone ends theirs ({@link OpenSessions}). */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Turns the servlet container's session events into Spring events for the registry and OpenSessions. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SessionRegistry sessionRegistry,
            LoginThrottle loginThrottle,
            SessionCutoffs sessionCutoffs,
            RequestUtil requestUtil,
            NlcProperties properties,
            SecurityMetrics metrics,
            ScriptNonces scriptNonces,
            SecondFactorSignIn secondFactor)
            throws Exception {
        http.addFilterBefore(
                new LoginThrottleFilter(loginThrottle, metrics), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(
                new SessionLifetimeFilter(properties.session(), sessionCutoffs), SecurityContextHolderFilter.class);
        // Health for the proxy and the operator, without a session; the metrics for the scraper with its token; no
        // other actuator address (none is exposed anyway).
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/nlc/**", "/webjars/**", "/favicon.ico")
                .permitAll()
                .requestMatchers(
                        HttpMethod.GET, "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                .access(new MetricsAccess(properties.metrics().token()))
                .requestMatchers("/actuator", "/actuator/**")
                .denyAll()
                .requestMatchers("/error")
                .denyAll());
        // Any other page a signed-in person asks for goes to Vaadin's router, which shows our not-found page for an
        // unknown address rather than an empty 403; other methods stay refused, and strangers go to sign in.
        AuthorizationManager<RequestAuthorizationContext> signedIn = AuthenticatedAuthorizationManager.authenticated();
        // Vaadin's own CSRF set-up also exempts the sign-in POST, which let another site sign a visitor in as
        // someone else. Vaadin's requests carry Vaadin's own token; everything else, sign-in included, needs ours
        // (the sign-in page sends it).
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false)
                        .anyRequest(rule -> rule.access((authentication, context) ->
                                HttpMethod.GET.matches(context.getRequest().getMethod())
                                        ? signedIn.authorize(authentication, context)
                                        : new AuthorizationDecision(false))));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.formLogin(form ->
                form.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                    @Override
                    public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(failureHandler());
                        // Vaadin's handler (saved request, then home) as Vaadin's configurer makes it, behind the
                        // second step for accounts with a second factor.
                        VaadinSavedRequestAwareAuthenticationSuccessHandler signedIn =
                                new VaadinSavedRequestAwareAuthenticationSuccessHandler();
                        signedIn.setDefaultTargetUrl(requestUtil.applyUrlMapping(""));
                        RequestCache cache = http.getSharedObject(RequestCache.class);
                        if (cache != null) {
                            signedIn.setRequestCache(cache);
                        }
                        filter.setAuthenticationSuccessHandler(secondFactor.after(signedIn));
                        return filter;
                    }
                }));
        // No limit on sessions per person; registers each sign-in, and the concurrent-session filter signs out
        // any session the registry marks expired that is somehow still alive.
        http.sessionManagement(sessions ->
                sessions.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        // Signing out is not a session that ended on its own: the sign-in page then has nothing to explain.
        http.logout(logout -> logout.deleteCookies(SessionEndedNotice.COOKIE));
        // After Vaadin's configurer, which sets its own frame options.
        http.headers(headers -> headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        // Vaadin writes its pages without going through the lazy header writer: write up front.
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                // Everything from our own origin only, scripts with this response's nonce (ScriptNonces).
                .addHeaderWriter(scriptNonces)
                // Only on secure requests (behind the TLS proxy once forward headers are trusted: README): a year,
                // subdomains too; no preload, which is an owner's decision about the whole domain.
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                                .includeSubDomains(true)
                                .preload(false))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                // No page of the app uses a camera, microphone, location or device port: nothing injected may either.
                // The clipboard stays: tokens and one-time passwords have a copy button.
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // A page the app opens (an evidence link) cannot reach back into the app's window.
                .crossOriginOpenerPolicy(opener ->
                        opener.policy(CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * An expired one-time password gets its own message (asking for a new one); every other failure the same. The
     * user name typed is kept for the sign-in page to fill in again, so that only the password needs retyping.
     */
    private static AuthenticationFailureHandler failureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(CredentialsExpiredException.class.getName(), "/login?expired"));
        return (request, response, exception) -> {
            LoginView.keepUsername(request.getSession(), request.getParameter("username"));
            handler.onAuthenticationFailure(request, response, exception);
        };
    }
}
