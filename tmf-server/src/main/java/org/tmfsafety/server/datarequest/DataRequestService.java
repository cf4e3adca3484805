package org.tmfsafety.server.datarequest;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.tmfsafety.methodology.index.Tightener;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityInput;
import org.tmfsafety.server.facility.FacilityRatings;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.facility.FacilityService;
import org.tmfsafety.server.notification.NotificationType;
import org.tmfsafety.server.notification.Notifications;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.system.StateConflictException;
import org.tmfsafety.server.system.UploadedFile;

/**
 * Data request campaigns: an authority asks the operators of a set of facilities for the facts their ratings lack,
 * the operators answer (in the grid, the workbook or the API), and an authority accepts each answer into the
 * registry, through {@link FacilityService#update} (validation, audit trail, new ratings at once), or returns it
 * with a reason. Every write checks the rights ({@link DataRequestPermissions}) and is all or nothing.
 */
@Service
public class DataRequestService {

    /** The subject type of data request notifications. */
    static final String SUBJECT = "data_request";

    /** The largest workbook taken back, in megabytes. */
    static final int MAX_WORKBOOK_MB = 10;

    private final DataRequestRepository requests;

    private final AskableFields fields;

    private final DataRequestPermissions permissions;

    private final FacilityRepository facilities;

    private final FacilityService facilityService;

    private final FacilityRatings ratings;

    private final Notifications notifications;

    private final SmartValidator validator;

    private final MessageSource messages;

    private final CurrentUser user;

    private final Clock clock;

    private final DataRequestWorkbook workbooks;

    DataRequestService(DataRequestRepository requests, AskableFields fields, DataRequestWorkbook workbooks,
            DataRequestPermissions permissions,
            FacilityRepository facilities, FacilityService facilityService, FacilityRatings ratings,
            Notifications notifications, SmartValidator validator, MessageSource messages, CurrentUser user,
            Clock clock) {
        this.requests = requests;
        this.fields = fields;
        this.workbooks = workbooks;
        this.permissions = permissions;
        this.facilities = facilities;
        this.facilityService = facilityService;
        this.ratings = ratings;
        this.notifications = notifications;
        this.validator = validator;
        this.messages = messages;
        this.user = user;
        this.clock = clock;
    }

    /** A request as the current account may see it: its progress per operator and its items. */
    public record View(DataRequest request, List<Progress> progress, Progress total, List<RequestItem> items) {
    }

    /** A request with its overall progress, for lists and the dashboard. */
    public record Summary(DataRequest request, Progress total) {
    }

    /**
     * Opens a request and notifies every operator organisation asked.
     *
     * @throws InvalidInputException when the opening is invalid or selects nothing to ask; nothing is written then
     */
    @Transactional
    public long open(Opening opening) {
        permissions.requireManage();
        Errors errors = new BeanPropertyBindingResult(opening, "dataRequest");
        validator.validate(opening, errors);
        LocalDate today = LocalDate.now(clock);
        if (opening.dueDate() != null && opening.dueDate().isBefore(today)) {
            errors.rejectValue("dueDate", "datarequest.due.past");
        }
        for (String field : opening.fields()) {
            if (fields.find(field).isEmpty()) {
                errors.rejectValue("fields", "datarequest.field.unknown", new Object[] { field }, null);
            }
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        Map<Long, List<String>> asked = new LinkedHashMap<>();
        Map<Long, Long> organisations = new LinkedHashMap<>();
        List<DataRequestRepository.Candidate> candidates = requests.candidates(opening.selection());
        List<Long> ids = candidates.stream().map(DataRequestRepository.Candidate::facilityId).toList();
        Map<Long, List<Tightener>> thi = ratings.tighteners(ids, "THI");
        Map<Long, List<Tightener>> tri = ratings.tighteners(ids, "TRI");
        for (DataRequestRepository.Candidate candidate : candidates) {
            Facility facility = facilities.findById(candidate.facilityId()).orElseThrow();
            Set<String> wanted = new LinkedHashSet<>(opening.fields());
            if (wanted.isEmpty()) {
                wanted.addAll(candidate.rated() ? classChanging(thi.get(candidate.facilityId()), tri.get(candidate.facilityId()))
                        : AskableFields.SIZE_FIELDS);
            }
            List<String> missing = fields.ordered(wanted).stream()
                .filter(field -> fields.current(facility, field) == null)
                .toList();
            if (!missing.isEmpty()) {
                asked.put(candidate.facilityId(), missing);
                organisations.put(candidate.facilityId(), candidate.organisationId());
            }
        }
        if (asked.isEmpty()) {
            errors.reject("datarequest.nothingToAsk");
            throw new InvalidInputException(errors);
        }
        long id = requests.insert(opening.title(), opening.message(), opening.dueDate(), opening.selection(),
                user.username());
        asked.forEach((facility, names) -> names
            .forEach(field -> requests.insertItem(id, facility, organisations.get(facility), field)));
        for (Long organisation : new LinkedHashSet<>(organisations.values())) {
            notifications.notify(notifications.usersOf(organisation), NotificationType.DATA_REQUEST_OPENED, SUBJECT, id,
                    link(id), List.of(opening.title(), opening.dueDate().toString()), "data_request_opened:" + id);
        }
        return id;
    }

    /** The inputs whose unknown value could change a class, the most influential first, both indices together. */
    private static List<String> classChanging(List<Tightener> thi, List<Tightener> tri) {
        List<Tightener> all = new ArrayList<>();
        Optional.ofNullable(thi).ifPresent(all::addAll);
        Optional.ofNullable(tri).ifPresent(all::addAll);
        return all.stream()
            .filter(Tightener::couldChangeClass)
            .sorted((a, b) -> Double.compare(b.swing(), a.swing()))
            .map(Tightener::input)
            .distinct()
            .toList();
    }

    /** The requests the current account may read, newest first, each with its progress as that account sees it. */
    public List<Summary> list() {
        Set<Long> scope = permissions.itemScope();
        List<DataRequest> found = scope == null ? requests.all() : requests.concerning(scope);
        return found.stream().map(request -> new Summary(request, total(request, scope))).toList();
    }

    /** The open requests the current account may read, for the dashboard. */
    public List<Summary> openRequests() {
        return list().stream().filter(summary -> summary.request().status() == DataRequest.Status.OPEN).toList();
    }

    /**
     * A request as the current account may see it.
     *
     * @throws NotFoundException when it does not exist or asks nothing the account may see
     */
    public View view(long id) {
        DataRequest request = readable(id);
        Set<Long> scope = permissions.itemScope();
        List<Progress> progress = requests.progress(id, LocalDate.now(clock), scope);
        return new View(request, progress, sum(progress), requests.items(id, scope));
    }

    private Progress total(DataRequest request, Set<Long> scope) {
        return sum(requests.progress(request.id(), LocalDate.now(clock), scope));
    }

    private static Progress sum(List<Progress> progress) {
        return new Progress(0, null, progress.stream().mapToLong(Progress::asked).sum(),
                progress.stream().mapToLong(Progress::answered).sum(),
                progress.stream().mapToLong(Progress::accepted).sum(),
                progress.stream().mapToLong(Progress::returned).sum(),
                progress.stream().mapToLong(Progress::overdue).sum());
    }

    /** The request, if the current account may read it. */
    DataRequest readable(long id) {
        DataRequest request = requests.find(id).orElseThrow(() -> notFound(id));
        Set<Long> scope = permissions.itemScope();
        if (scope != null && requests.items(id, scope).isEmpty()) {
            throw notFound(id);
        }
        return request;
    }

    /**
     * Records an operator's answers, all or none: each value is read as typed, needs a source and must pass the
     * facility form's validation; an item changed by someone else since it was read is a conflict. An answer equal to
     * the one recorded (same value and source) changes nothing, so a workbook can be uploaded again.
     *
     * @throws InvalidInputException naming each wrong answer (workbook row, facility and field)
     */
    @Transactional
    public View answer(long requestId, List<Answer> answers) {
        permissions.requireOperator();
        DataRequest request = requests.lock(requestId).orElseThrow(() -> notFound(requestId));
        readable(requestId);
        if (request.status() != DataRequest.Status.OPEN) {
            throw new StateConflictException("datarequest.closed", request.title());
        }
        Locale locale = LocaleContextHolder.getLocale();
        Errors errors = new BeanPropertyBindingResult(new Answers(answers), "answers");
        List<Runnable> writes = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            String path = "answers[" + i + "]";
            if (answer == null || answer.itemId() == null || answer.version() == null) {
                errors.rejectValue(path + ".itemId", "datarequest.answer.itemMissing");
                continue;
            }
            RequestItem item = requests.item(requestId, answer.itemId())
                .filter(permissions::canAnswer)
                .orElseThrow(() -> new NotFoundException("problem.notFound.dataRequestItem", answer.itemId()));
            String where = where(answer, item, locale);
            if (!seen.add(item.id())) {
                errors.rejectValue(path + ".itemId", "datarequest.answer.twice", new Object[] { where }, null);
                continue;
            }
            Optional<String> value = answer.value() == null || answer.value().isBlank() ? Optional.empty()
                    : fields.parse(item.field(), answer.value());
            String source = answer.source() == null ? "" : answer.source().strip();
            if (value.isPresent() && value.get().equals(item.answer()) && source.equals(item.source())
                    && item.status() != RequestItem.Status.RETURNED) {
                continue;
            }
            if (!item.answerable()) {
                throw new StateConflictException("datarequest.answer.accepted", where);
            }
            if (answer.version() != item.version()) {
                throw new EditConflictException("problem.conflict.dataRequestItem", answer.version(), item.version());
            }
            if (value.isEmpty()) {
                errors.rejectValue(path + ".value", "datarequest.answer.notAValue",
                        new Object[] { where, answer.value() == null ? "" : answer.value().strip() }, null);
                continue;
            }
            if (source.isEmpty()) {
                errors.rejectValue(path + ".source", "datarequest.answer.sourceMissing", new Object[] { where }, null);
            }
            else if (source.length() > 1000) {
                errors.rejectValue(path + ".source", "datarequest.answer.sourceTooLong", new Object[] { where }, null);
            }
            Facility facility = facilities.findById(item.facilityId()).orElseThrow();
            String invalid = formError(facility, item.field(), value.get(), locale);
            if (invalid != null) {
                errors.rejectValue(path + ".value", "datarequest.answer.invalid", new Object[] { where, invalid }, null);
                continue;
            }
            String seenValue = fields.current(facility, item.field());
            String by = user.username();
            writes.add(() -> {
                if (!requests.answer(item.id(), item.version(), value.get(), source, seenValue, by)) {
                    throw new EditConflictException("problem.conflict.dataRequestItem", item.version(),
                            requests.item(requestId, item.id()).map(RequestItem::version).orElse(-1));
                }
            });
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        writes.forEach(Runnable::run);
        if (!writes.isEmpty()) {
            requests.userId(request.createdBy()).ifPresent(creator -> notifications.notify(List.of(creator),
                    NotificationType.DATA_REQUEST_ANSWERED, SUBJECT, requestId, link(requestId),
                    List.of(request.title(), user.displayName()),
                    "data_request_answered:" + requestId + ":" + user.username() + ":" + LocalDate.now(clock)));
        }
        return view(requestId);
    }

    /** The answers of one submission, as the object their validation errors refer to. */
    public record Answers(List<Answer> answers) {
    }

    /** Where an answer is, for messages: workbook row (when it came from one), facility and field. */
    private String where(Answer answer, RequestItem item, Locale locale) {
        String place = item.facilityCode() + " · " + fields.label(item.field(), locale);
        return answer.row() == null ? place
                : messages.getMessage("datarequest.row", new Object[] { answer.row() }, locale) + " · " + place;
    }

    /** The facility form's message for the value, or null when the form would take it. */
    private String formError(Facility facility, String field, String value, Locale locale) {
        FacilityInput input = FacilityInput.of(facility);
        new BeanWrapperImpl(input).setPropertyValue(field, fields.typed(field, value));
        Errors errors = new BeanPropertyBindingResult(input, "facility");
        facilityService.validate(input, facility, errors);
        FieldError error = errors.getFieldError(field);
        return error == null ? null : messages.getMessage(error, locale);
    }

    /**
     * Accepts answered items into the registry: per facility one change through {@link FacilityService#update},
     * with the answers' sources added to the facility's sources; the items become accepted.
     *
     * @param itemVersions the items to accept with the versions the authority saw
     * @throws StateConflictException when an item is not waiting for a decision, or its field was changed in the
     *         registry since it was answered (accepting would overwrite that change)
     */
    @Transactional
    public View accept(long requestId, Map<Long, Integer> itemVersions) {
        permissions.requireManage();
        requests.lock(requestId).orElseThrow(() -> notFound(requestId));
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, List<RequestItem>> byFacility = new LinkedHashMap<>();
        for (Map.Entry<Long, Integer> entry : itemVersions.entrySet()) {
            RequestItem item = requests.item(requestId, entry.getKey())
                .orElseThrow(() -> new NotFoundException("problem.notFound.dataRequestItem", entry.getKey()));
            requireDecidable(item, entry.getValue(), locale);
            byFacility.computeIfAbsent(item.facilityId(), f -> new ArrayList<>()).add(item);
        }
        byFacility.forEach((facilityId, items) -> {
            Facility facility = facilities.findById(facilityId).orElseThrow();
            FacilityInput input = FacilityInput.of(facility);
            BeanWrapperImpl bean = new BeanWrapperImpl(input);
            StringBuilder sources = new StringBuilder(facility.dataSources() == null ? "" : facility.dataSources());
            for (RequestItem item : items) {
                if (!Objects.equals(fields.current(facility, item.field()), item.seenValue())) {
                    throw new StateConflictException("datarequest.changedMeanwhile", item.facilityCode(),
                            fields.label(item.field(), locale));
                }
                bean.setPropertyValue(item.field(), fields.typed(item.field(), item.answer()));
                String line = messages.getMessage("datarequest.sourceLine", new Object[] {
                        fields.label(item.field(), locale), item.source(), item.organisationName().in(locale), requestId }, locale);
                sources.append(sources.isEmpty() ? "" : "\n").append(line);
            }
            if (sources.length() <= 4000) {
                input.setDataSources(sources.toString());
            }
            facilityService.update(facilityId, input);
            for (RequestItem item : items) {
                requests.decide(item.id(), item.version(), RequestItem.Status.ACCEPTED, null, user.username());
            }
        });
        return view(requestId);
    }

    /** Accepts every answered item of one facility in the request. */
    @Transactional
    public View acceptFacility(long requestId, long facilityId) {
        permissions.requireManage();
        Map<Long, Integer> answered = new LinkedHashMap<>();
        requests.items(requestId, null).stream()
            .filter(item -> item.facilityId() == facilityId && item.status() == RequestItem.Status.ANSWERED)
            .forEach(item -> answered.put(item.id(), item.version()));
        if (answered.isEmpty()) {
            requests.find(requestId).orElseThrow(() -> notFound(requestId));
            throw new StateConflictException("datarequest.nothingToAccept");
        }
        return accept(requestId, answered);
    }

    /**
     * Returns an answered item to the operator with a reason; the operator is notified and answers again.
     *
     * @throws InvalidInputException when the reason is missing or too long
     */
    @Transactional
    public View returnItem(long requestId, long itemId, int version, String reason) {
        permissions.requireManage();
        DataRequest request = requests.lock(requestId).orElseThrow(() -> notFound(requestId));
        RequestItem item = requests.item(requestId, itemId)
            .orElseThrow(() -> new NotFoundException("problem.notFound.dataRequestItem", itemId));
        String text = reason == null ? "" : reason.strip();
        Errors errors = new BeanPropertyBindingResult(new Decision(version, reason), "decision");
        if (text.isEmpty()) {
            errors.rejectValue("reason", "datarequest.reason.missing");
        }
        else if (text.length() > 2000) {
            errors.rejectValue("reason", "validation.tooLong");
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        requireDecidable(item, version, LocaleContextHolder.getLocale());
        requests.decide(itemId, version, RequestItem.Status.RETURNED, text, user.username());
        notifications.notify(notifications.usersOf(item.organisationId()), NotificationType.DATA_REQUEST_RETURNED,
                SUBJECT, requestId, link(requestId), List.of(request.title(), item.facilityCode()),
                "data_request_returned:" + itemId + ":" + (version + 1));
        return view(requestId);
    }

    /** An authority's decision on an item, as the object its validation errors refer to. */
    public record Decision(Integer version, String reason) {
    }

    private void requireDecidable(RequestItem item, Integer version, Locale locale) {
        if (version == null || version != item.version()) {
            throw new EditConflictException("problem.conflict.dataRequestItem", version == null ? -1 : version,
                    item.version());
        }
        if (item.status() != RequestItem.Status.ANSWERED) {
            throw new StateConflictException("datarequest.notAnswered", item.facilityCode(),
                    fields.label(item.field(), locale));
        }
    }

    /** Closes a request: it takes no more answers; answers already given can still be decided. */
    @Transactional
    public View close(long requestId, int version) {
        permissions.requireManage();
        DataRequest request = requests.find(requestId).orElseThrow(() -> notFound(requestId));
        if (request.status() == DataRequest.Status.CLOSED) {
            throw new StateConflictException("datarequest.closed", request.title());
        }
        if (!requests.close(requestId, version)) {
            throw new EditConflictException("problem.conflict.dataRequest", version, request.version());
        }
        return view(requestId);
    }

    /** Writes the request's workbook for the current account: the items it may see that are not accepted yet. */
    public void workbook(long requestId, Locale locale, OutputStream out) throws IOException {
        View view = view(requestId);
        Map<Long, Facility> byId = new HashMap<>();
        Map<Long, String> current = new HashMap<>();
        for (RequestItem item : view.items()) {
            Facility facility = byId.computeIfAbsent(item.facilityId(), id -> facilities.findById(id).orElseThrow());
            current.put(item.id(), fields.current(facility, item.field()));
        }
        workbooks.write(view.request(), view.items(), current, locale, out);
    }

    /**
     * Records the answers of a filled workbook, as {@link #answer} does.
     *
     * @throws InvalidInputException when the file is not an XLSX workbook of answers, or an answer is wrong
     */
    @Transactional
    public View answerWorkbook(long requestId, String fileName, byte[] data) {
        permissions.requireOperator();
        readable(requestId);
        Errors errors = new BeanPropertyBindingResult(new DataRequestWorkbook.Upload(data), "upload");
        UploadedFile file = UploadedFile.check(fileName == null ? "answers.xlsx" : fileName, data, MAX_WORKBOOK_MB,
                true, "datarequest.workbook.type", errors);
        if (file == null || !file.name().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            if (!errors.hasErrors()) {
                errors.rejectValue("file", "datarequest.workbook.type");
            }
            throw new InvalidInputException(errors);
        }
        return answer(requestId, workbooks.read(data, LocaleContextHolder.getLocale()));
    }

    static String link(long requestId) {
        return "/data-requests/" + requestId;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("problem.notFound.dataRequest", id);
    }
}
