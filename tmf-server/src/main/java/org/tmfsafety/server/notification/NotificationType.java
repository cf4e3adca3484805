package org.tmfsafety.server.notification;

/**
 * What a notification is about; its text is the message {@code notification.<TYPE>} with the notification's
 * parameters, in the reader's language.
 */
public enum NotificationType {

    /** An action item was assigned to the reader (or the reader's organisation): title, due date. */
    ACTION_ASSIGNED,

    /** An action item of the reader is due within seven days: title, due date. */
    ACTION_DUE_SOON,

    /** An action item of the reader is past its due date: title, due date. */
    ACTION_OVERDUE,

    /** An assessment was submitted for review: facility code, facility name. */
    ASSESSMENT_SUBMITTED,

    /** A measure of a safety programme the reader is responsible for is past its due date: measure, facility, due. */
    MEASURE_OVERDUE,

    /** A data request asks the reader's organisation for facility facts: title, due date. */
    DATA_REQUEST_OPENED,

    /** A data request still waiting for the reader's organisation is due within seven days: title, due date. */
    DATA_REQUEST_DUE_SOON,

    /** A data request still waiting for the reader's organisation is past its due date: title, due date. */
    DATA_REQUEST_OVERDUE,

    /** An operator answered the reader's data request: title, who answered. */
    DATA_REQUEST_ANSWERED,

    /** An authority returned an answer of the reader's organisation with a reason: title, facility code. */
    DATA_REQUEST_RETURNED,

    /** A working group meeting was scheduled: title, date. */
    MEETING_SCHEDULED
}
