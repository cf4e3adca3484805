package org.tmfsafety.server.account;

import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends the signed-in sessions of an account. Sessions live in PostgreSQL (Spring Session JDBC), indexed by the
 * principal's name, so ending them here ends them on every server node at once.
 */
@Component
class AccountSessions {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final FindByIndexNameSessionRepository<?> sessions;

    AccountSessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    /**
     * Ends every session signed in as the account; returns how many there were. The session of the request under
     * way, if it is one of them, is invalidated through the request, so that nothing writes to it afterwards.
     */
    int endAll(String username) {
        HttpSession current = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getSession(false) : null;
        Set<String> found = sessions.findByPrincipalName(username).keySet();
        for (String id : found) {
            if (current != null && current.getId().equals(id)) {
                current.invalidate();
            }
            else {
                sessions.deleteById(id);
            }
        }
        if (!found.isEmpty()) {
            log.info("Ended {} session(s) of account '{}'", found.size(), username);
        }
        return found.size();
    }

}
