package org.tmfsafety.server.account;

import java.net.URI;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tmfsafety.server.system.ProblemWriter;

/**
 * Who may call what. Two filter chains: the JSON API (HTTP Basic or a personal API token; reads may also
 * use the page session, writes never, hence no CSRF; errors as problem details) and the pages (form
 * login, session, CSRF).
 * Every path needs an explicit rule; anything else is denied, so that a new endpoint without a rule
 * fails the authorisation matrix test instead of being open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Returns the pages' Content-Security-Policy: only this server, plus the host of the online map tiles
     * when an administrator enabled them ({@code tmf.map.tile-url}).
     */
    static String contentSecurityPolicy(String tileUrl) {
        String tiles = "";
        if (tileUrl != null && !tileUrl.isBlank()) {
            URI uri = URI.create(tileUrl.replace("{", "%7B").replace("}", "%7D"));
            tiles = " " + uri.getScheme() + "://" + uri.getHost().replace("%7Bs%7D", "*");
        }
        return "default-src 'self'; img-src 'self' data:" + tiles + "; style-src 'self'; script-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private static final String[] REGISTRY_WRITERS = { "ADMIN", "AUTHORITY", "OPERATOR" };

    private static final String[] REGISTRY_MANAGERS = { "ADMIN", "AUTHORITY" };

    /** Paths of static resources: public, and read without looking at the account. */
    private static final String[] STATIC_RESOURCES = { "/webjars/**", "/css/**", "/js/**", "/map/**", "/favicon.ico" };

    /**
     * Matchers for GET and HEAD requests on the paths: a HEAD request is answered as the GET (Spring MVC sends no
     * body), so it needs the same rule.
     */
    static RequestMatcher[] reads(String... patterns) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return Stream.of(patterns)
            .flatMap(pattern -> Stream.of(paths.matcher(HttpMethod.GET, pattern), paths.matcher(HttpMethod.HEAD, pattern)))
            .toArray(RequestMatcher[]::new);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(argon2, Map.of(argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, ApiTokens tokens,
            AccountUserDetailsService accounts, AccountRepository accountRepository, LoginThrottle throttle,
            TooManyAttemptsResponder tooMany) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"TMF Safety\"");
            problems.write(request, response, 401, "unauthorized", "problem.unauthorized");
        };
        AccessDeniedHandler forbidden = (request, response, e) -> problems.write(request, response, 403, "forbidden",
                "problem.forbidden");
        http.securityMatcher("/api/**", "/actuator/**")
            .authorizeHttpRequests(rules -> rules
                .requestMatchers(reads("/actuator/health", "/actuator/health/**")).permitAll()
                .requestMatchers(reads("/actuator/prometheus", "/actuator/info")).hasRole("ADMIN")
                .requestMatchers(reads("/api/v1/facilities/archived")).hasAnyRole(REGISTRY_MANAGERS)
                .requestMatchers(reads("/api/v1/facilities", "/api/v1/facilities.geojson", "/api/v1/ratings",
                        "/api/v1/ratings/not-rateable",
                        "/api/v1/facilities/{id}", "/api/v1/facilities/downstream-paths.geojson",
                        "/api/v1/facilities/export.csv", "/api/v1/facilities/export.xlsx",
                        "/api/v1/facilities/export.geojson", "/api/v1/facilities/export.gpkg",
                        "/api/v1/facilities/export.kml", "/api/v1/facilities/{id}/ratings", "/api/v1/facilities/{id}/transboundary",
                        "/api/v1/organisations", "/api/v1/methodology/profiles", "/api/v1/checklists",
                        "/api/v1/accidents", "/api/v1/accidents/{id}", "/api/v1/accidents.geojson"))
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/methodology/thi", "/api/v1/methodology/tri",
                        "/api/v1/methodology/gistm-class", "/api/v1/methodology/dam-break",
                        "/api/v1/methodology/checklist-score", "/api/v1/methodology/annex1",
                        "/api/v1/geo/transboundary")
                .permitAll()
                .requestMatchers(reads("/api/v1/exchange/facilities", "/api/v1/exchange/facilities.geojson",
                        "/api/v1/exchange/upstream-threats", "/api/v1/exchange/accidents")).permitAll()
                // signed by the sending neighbour (HMAC of the body), checked by exchange.IncomingNotifications
                .requestMatchers(HttpMethod.POST, "/api/v1/exchange/incoming-notifications").permitAll()
                .requestMatchers("/api/v1/exchange/incoming-notifications", "/api/v1/exchange/incoming-notifications/**")
                .authenticated()
                .requestMatchers("/api/v1/exchange/neighbours", "/api/v1/exchange/neighbours/**", "/api/v1/exchange/pull")
                .hasRole("ADMIN")
                .requestMatchers(reads("/api/v1/facilities/{id}/history")).authenticated()
                .requestMatchers(reads("/api/v1/ratings/profiles/compare")).authenticated()
                .requestMatchers("/api/v1/assessments/**").authenticated()
                .requestMatchers("/api/v1/working-group/**", "/api/v1/notifications", "/api/v1/notifications/**")
                .authenticated()
                .requestMatchers("/api/v1/data-requests", "/api/v1/data-requests/**").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/facilities/{id}/assessments").authenticated()
                .requestMatchers(reads("/api/v1/facilities/{id}/programme")).authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/v1/programme-items/{id}").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/facilities").hasAnyRole(REGISTRY_WRITERS)
                .requestMatchers(HttpMethod.POST, "/api/v1/imports/facilities").hasAnyRole(REGISTRY_WRITERS)
                .requestMatchers("/api/v1/import-profiles", "/api/v1/import-profiles/{id}").hasAnyRole(REGISTRY_WRITERS)
                .requestMatchers(HttpMethod.POST, "/api/v1/imports/accidents").hasAnyRole(REGISTRY_MANAGERS)
                .requestMatchers(HttpMethod.PUT, "/api/v1/facilities/{id}").hasAnyRole(REGISTRY_WRITERS)
                .requestMatchers(HttpMethod.DELETE, "/api/v1/facilities/{id}").hasAnyRole(REGISTRY_MANAGERS)
                .requestMatchers(HttpMethod.POST, "/api/v1/facilities/{id}/restore").hasRole("ADMIN")
                .requestMatchers("/api/v1/facilities/{id}/drainage-route").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/facilities/{id}/incidents").authenticated()
                .requestMatchers("/api/v1/incidents", "/api/v1/incidents/**", "/api/v1/points-of-contact",
                        "/api/v1/points-of-contact/**").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/v1/incident-receipts/{token}").permitAll()
                .requestMatchers("/api/v1/conventions", "/api/v1/facilities/{id}/conventions",
                        "/api/v1/facilities/{id}/annex1-quantities/**",
                        "/api/v1/facilities/{id}/hazardous-activity-notices/**").authenticated()
                .anyRequest().denyAll())
            .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
            .addFilterBefore(new CrossSiteWriteFilter(problems), BasicAuthenticationFilter.class)
            .addFilterBefore(new LoginThrottleFilter(throttle, tooMany), BasicAuthenticationFilter.class)
            .addFilterBefore(new BearerTokenFilter(tokens, accounts, unauthorized), BasicAuthenticationFilter.class)
            .addFilterBefore(new CurrentAccountFilter(accountRepository), AnonymousAuthenticationFilter.class)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
            .securityContext(context -> context.securityContextRepository(new ReadOnlySessionContextRepository()))
            .csrf(csrf -> csrf.disable())
            .requestCache(cache -> cache.disable())
            .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle, TooManyAttemptsResponder tooMany,
            AccountRepository accounts, @Value("${tmf.map.tile-url:}") String tileUrl) throws Exception {
        http.authorizeHttpRequests(rules -> rules
            .requestMatchers(STATIC_RESOURCES).permitAll()
            .requestMatchers("/error", "/login", "/setup").permitAll()
            .requestMatchers(reads("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")).permitAll()
            .requestMatchers(reads("/", "/facilities", "/facilities/{id:[0-9]+}", "/methodology/calculator", "/map",
                    "/ratings", "/ratings/export.csv", "/ratings/export.xlsx", "/ratings/export.pdf",
                    "/imports/facilities/template.csv", "/imports/facilities/template.xlsx", "/ogc", "/ogc/**",
                    "/accidents", "/accidents/{id:[0-9]+}", "/accidents/statistics", "/accidents/dam-break-validation",
                    "/dashboard", "/dashboard/report.pdf", "/neighbours"))
            .permitAll()
            .requestMatchers("/facilities/new", "/facilities/{id}/edit", "/imports/facilities",
                    "/imports/facilities/check", "/imports/facilities/commit", "/imports/facilities/profile",
                    "/imports/profiles", "/imports/profiles/{id}/delete").hasAnyRole(REGISTRY_WRITERS)
            .requestMatchers("/facilities/{id}/delete", "/imports/accidents").hasAnyRole(REGISTRY_MANAGERS)
            .requestMatchers(reads("/facilities/archived")).hasAnyRole(REGISTRY_MANAGERS)
            .requestMatchers(HttpMethod.POST, "/facilities/{id}/restore").hasRole("ADMIN")
            .requestMatchers("/facilities/{id}/assessments", "/facilities/{id}/assessments/compare",
                    "/facilities/{id}/programme", "/assessments/**",
                    "/programme-items/**").authenticated()
            .requestMatchers("/working-group", "/working-group/**", "/notifications", "/notifications/**").authenticated()
            .requestMatchers(reads("/ratings/profiles/compare")).authenticated()
            .requestMatchers("/data-requests", "/data-requests/**").authenticated()
            .requestMatchers("/facilities/{id}/drainage-route", "/facilities/{id}/drainage-route/delete").authenticated()
            .requestMatchers("/incident-receipts/{token}").permitAll()
            .requestMatchers("/incidents", "/incidents/**", "/facilities/{id}/incidents/new", "/points-of-contact",
                    "/points-of-contact/**").authenticated()
            .requestMatchers("/neighbours/notifications", "/neighbours/notifications/**").authenticated()
            .requestMatchers("/conventions", "/conventions/report.xlsx", "/conventions/report.pdf",
                    "/facilities/{id}/conventions", "/facilities/{id}/conventions/**").authenticated()
            .requestMatchers("/admin/**").hasRole("ADMIN")
            .requestMatchers("/account/**").authenticated()
            .anyRequest().denyAll())
            .formLogin(form -> form.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/facilities"))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/facilities?signedOut"))
            .addFilterBefore(new LoginThrottleFilter(throttle, tooMany), UsernamePasswordAuthenticationFilter.class)
            .addFilterBefore(new CurrentAccountFilter(accounts, STATIC_RESOURCES), AnonymousAuthenticationFilter.class)
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

}
