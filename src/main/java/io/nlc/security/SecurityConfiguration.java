package io.nlc.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.nlc.kernel.NlcProperties;
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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** Vaadin's view access control with our login view, and the static files the login page itself needs. */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Everything from our own origin only. Vaadin's client engine needs inline styles and scripts and eval, so
     * those stay allowed; framing by other sites is refused.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                    + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

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
            RequestUtil requestUtil,
            NlcProperties properties,
            SecondFactorSignIn secondFactor)
            throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(loginThrottle), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new SessionLifetimeFilter(properties.session()), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/nlc/**", "/webjars/**", "/favicon.ico")
                .permitAll()
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
        // After Vaadin's configurer, which sets its own frame options.
        http.headers(headers -> headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        // Vaadin writes its pages without going through the lazy header writer: write up front.
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
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
