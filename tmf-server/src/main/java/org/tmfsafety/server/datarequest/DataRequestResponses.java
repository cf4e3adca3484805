package org.tmfsafety.server.datarequest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** The JSON shapes of data requests: values in exchange form, with the field labels in the caller's language. */
@Component
class DataRequestResponses {

    private final AskableFields fields;

    DataRequestResponses(AskableFields fields) {
        this.fields = fields;
    }

    record SummaryResponse(long id, String title, LocalDate dueDate, DataRequest.Status status, String createdBy,
            OffsetDateTime createdAt, int version, Progress total) {
    }

    record ItemResponse(long id, long facilityId, String facilityCode, String facilityName, long organisationId,
            String organisationName, String field, String fieldLabel, RequestItem.Status status,
            String answer, String answerLabel, String source, String answeredBy, OffsetDateTime answeredAt,
            String decidedBy, OffsetDateTime decidedAt, String reason, int version) {
    }

    record RequestResponse(long id, String title, String message, LocalDate dueDate, DataRequest.Status status,
            Selection selection, String createdBy, OffsetDateTime createdAt, OffsetDateTime closedAt, int version,
            Progress total, List<Progress> progress, List<ItemResponse> items) {
    }

    SummaryResponse of(DataRequestService.Summary summary) {
        DataRequest r = summary.request();
        return new SummaryResponse(r.id(), r.title(), r.dueDate(), r.status(), r.createdBy(), r.createdAt(),
                r.version(), summary.total());
    }

    RequestResponse of(DataRequestService.View view, Locale locale) {
        DataRequest r = view.request();
        List<ItemResponse> items = view.items().stream().map(item -> new ItemResponse(item.id(), item.facilityId(),
                item.facilityCode(), item.facilityName().in(locale), item.organisationId(),
                item.organisationName().in(locale), item.field(),
                fields.label(item.field(), locale), item.status(), item.answer(),
                fields.display(item.field(), item.answer(), locale), item.source(), item.answeredBy(),
                item.answeredAt(), item.decidedBy(), item.decidedAt(), item.reason(), item.version())).toList();
        return new RequestResponse(r.id(), r.title(), r.message(), r.dueDate(), r.status(), r.selection(),
                r.createdBy(), r.createdAt(), r.closedAt(), r.version(), view.total(), view.progress(), items);
    }
}
