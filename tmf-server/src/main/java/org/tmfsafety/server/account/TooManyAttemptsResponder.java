package org.tmfsafety.server.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.tmfsafety.server.system.ProblemWriter;

/** Answers a throttled sign-in attempt: 429 with Retry-After, as a problem detail for the API, else the error page. */
@Component
class TooManyAttemptsResponder {

    private final ProblemWriter problems;

    TooManyAttemptsResponder(ProblemWriter problems) {
        this.problems = problems;
    }

    void respond(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        if (request.getServletPath().startsWith("/api/")) {
            problems.write(request, response, 429, "too-many-attempts", "problem.throttled",
                    String.valueOf(retryAfterSeconds));
        }
        else {
            response.sendError(429);
        }
    }

}
