package org.tmfsafety.server.incident;

/** Whether a report reached its recipient by e-mail (labels {@code incident.mail.*}). */
public enum MailStatus {
    /** To be sent by the next run of the mail job. */
    PENDING,
    SENT,
    /** The SMTP server refused it; the error is kept and the authority sends it another way. */
    FAILED,
    /** The point of contact has no e-mail address: the report goes by other means (PDF, phone). */
    NO_ADDRESS,
    /** No SMTP server is configured ({@code spring.mail.host}). */
    NOT_CONFIGURED
}
